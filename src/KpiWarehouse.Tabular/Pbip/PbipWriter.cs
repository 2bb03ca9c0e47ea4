using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Tmdl;
using KpiWarehouse.Tabular.Tmsl;

namespace KpiWarehouse.Tabular.Pbip;

/// <summary>
/// The whole output of <c>kpiw model</c>: a Power BI project (<c>.pbip</c>, a semantic model folder with its TMDL
/// definition, and an empty report bound to it), the TMSL <c>model.bim</c>, and a <c>createOrReplace</c> script.
/// </summary>
public static class PbipWriter
{
    /// <summary>Every file, paths relative to the output folder, in a stable order.</summary>
    public static IReadOnlyList<GeneratedFile> Write(Database database)
    {
        var name = database.Name;
        var model = $"{name}.SemanticModel";
        var report = $"{name}.Report";
        var files = new List<GeneratedFile>
        {
            new($"{name}.pbip", PbipJson.Project(report)),
            new($"{model}/.platform", PbipJson.Platform("SemanticModel", name)),
            new($"{model}/definition.pbism", PbipJson.SemanticModelDefinition()),
        };
        files.AddRange(TmdlWriter.Write(database).Select(f => f with { Path = $"{model}/definition/{f.Path}" }));
        files.Add(new($"{report}/.platform", PbipJson.Platform("Report", name)));
        files.Add(new($"{report}/definition.pbir", PbipJson.ReportDefinition(model)));
        files.Add(new($"{report}/report.json", PbipJson.EmptyReport()));
        files.Add(new("model.bim", TmslWriter.Database(database)));
        files.Add(new($"{name}.createOrReplace.tmsl.json", TmslWriter.CreateOrReplace(database)));
        return files;
    }

    /// <summary>
    /// Writes <paramref name="files"/> under <paramref name="folder"/>, removing files a previous run left there
    /// (a renamed table must not leave its old TMDL file behind), but only .tmdl files inside the definition folders.
    /// </summary>
    public static void WriteTo(string folder, IReadOnlyList<GeneratedFile> files)
    {
        const string definition = "/definition/";
        var keep = files.Select(f => Path.GetFullPath(Path.Combine(folder, f.Path))).ToHashSet();
        var definitions = files.Where(f => f.Path.Contains(definition, StringComparison.Ordinal))
            .Select(f => Path.Combine(folder, f.Path[..(f.Path.IndexOf(definition, StringComparison.Ordinal) + definition.Length)]))
            .Distinct()
            .Where(Directory.Exists);
        foreach (var directory in definitions)
        {
            foreach (var stale in Directory.EnumerateFiles(directory, "*.tmdl", SearchOption.AllDirectories).Where(f => !keep.Contains(Path.GetFullPath(f))))
                File.Delete(stale);
        }
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
