using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Query.Model;

/// <summary>
/// Reads a TMSL database (a <c>model.bim</c>, or the <c>createOrReplace</c> script that deploys one)
/// into a <see cref="SemanticModel"/>. Structural problems are errors (KPIW-Q1…); a DAX formula that
/// does not parse is not: it is kept with its error in its <see cref="DaxFormula"/>.
/// </summary>
public static partial class ModelReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The file name <c>kpiw model</c> writes the TMSL database to, looked for when a folder is given.</summary>
    public const string DefaultFileName = "model.bim";

    /// <summary>
    /// Reads the model at <paramref name="path"/>: a model.bim file; or a folder holding a model.bim; or,
    /// failing that, a TMDL definition (the folder itself, its <c>definition/</c>, or the <c>definition/</c>
    /// of a <c>*.SemanticModel</c> folder in it, as a PBIP project has).
    /// </summary>
    public static Outcome<SemanticModel> ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            if (!File.Exists(Path.Combine(path, DefaultFileName)) && TmdlFolder(path) is { } definition)
            {
                return ReadTmdl(definition);
            }

            path = Path.Combine(path, DefaultFileName);
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ModelDiagnostics.CannotRead(path, e.Message);
        }

        return Read(json, path);
    }

    /// <summary>Reads a TMDL definition folder (every <c>*.tmdl</c> below it).</summary>
    public static Outcome<SemanticModel> ReadTmdl(string definitionFolder) => Tmdl.TmdlModelReader.ReadFolder(definitionFolder);

    private static string? TmdlFolder(string folder)
    {
        var candidates = new[] { folder, Path.Combine(folder, "definition") }
            .Concat(Directory.EnumerateDirectories(folder, "*.SemanticModel").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "definition")));
        return candidates.FirstOrDefault(c => Directory.Exists(c) && Directory.EnumerateFiles(c, "*.tmdl").Any());
    }

    /// <summary>Reads TMSL JSON text; <paramref name="source"/> names it in messages.</summary>
    public static Outcome<SemanticModel> Read(string json, string source = "model.bim")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{source} (line {line + 1}, column {e.BytePositionInLine + 1})" : source;
            return ModelDiagnostics.NotJson(where, FirstSentence(e.Message));
        }

        using (document)
        {
            var database = DatabaseElement(document.RootElement);
            if (database is not { } root)
            {
                return ModelDiagnostics.NotDatabase(source);
            }

            var errors = new TmslErrors(source);
            var model = ReadDatabase(new TmslObject(root, "database", errors), root.GetProperty("model"));
            if (errors.List.Count == 0)
            {
                ModelValidation.Check(model, errors);
            }

            return errors.List.Count > 0 ? errors.List[0] : Outcome<SemanticModel>.Ok(model);
        }
    }

    /// <summary>The database object: the root of a model.bim, or <c>createOrReplace.database</c> of a deploy script.</summary>
    private static JsonElement? DatabaseElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("createOrReplace", out var command) && command.ValueKind == JsonValueKind.Object
            && command.TryGetProperty("database", out var deployed))
        {
            root = deployed;
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.Object
            ? root
            : null;
    }

    private static SemanticModel ReadDatabase(TmslObject database, JsonElement modelElement)
    {
        var model = new TmslObject(modelElement, "model", database.Errors);
        var parameters = model.Array("expressions").Select(ReadParameter).OfType<ModelParameter>().ToList();
        return new SemanticModel(
            database.String("name") ?? "",
            database.Int("compatibilityLevel") ?? 0,
            model.String("culture"),
            model.Array("tables").Select(ReadTable).ToList(),
            model.Array("relationships").Select(ReadRelationship).ToList(),
            model.Array("roles").Select(ReadRole).ToList(),
            parameters);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
