using System.CommandLine;
using System.Globalization;
using KpiWarehouse.Catalog;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Etl;
using KpiWarehouse.Sample;
using KpiWarehouse.Tabular;
using KpiWarehouse.Tabular.Pbip;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw run</c>: the main job on the embedded default — sample → load → model → verify.</summary>
public static class RunCommand
{
    /// <summary>The default sample size of <c>kpiw run</c>: the committed data/sample (docs/sample.md).</summary>
    public const double DefaultScale = 0.1;

    public static Command Create()
    {
        var raw = new Option<DirectoryInfo?>("--raw") { Description = "Use this raw folder (canonical contract) instead of generating sample data." };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Where every output goes (raw/, warehouse/, model/, verify/).", DefaultValueFactory = _ => new DirectoryInfo("out") };
        var scale = new Option<double>("--scale") { Description = "Sample size factor when generating (1 ≈ 200,000 rows).", DefaultValueFactory = _ => DefaultScale };
        var seed = new Option<int>("--seed") { Description = "Sample seed when generating.", DefaultValueFactory = _ => 42 };
        var command = new Command("run", "Run the main job: generate sample data (or use --raw), load, build the model, verify.") { raw, outDir, scale, seed };
        CommandAction.Set(command, (parse, context) =>
        {
            var output = parse.GetValue(outDir)!.FullName;
            var rawFolder = parse.GetValue(raw)?.FullName ?? Generate(context, Path.Combine(output, "raw"), parse.GetValue(scale), parse.GetValue(seed));
            var warehouse = Path.Combine(output, "warehouse");
            var modelFolder = Path.Combine(output, "model");

            Step("load", $"{rawFolder} → {warehouse}");
            var load = CommandContext.Must(ConsoleProgress.Run(context, progress => WarehouseLoader.Load(new LoadOptions(rawFolder, warehouse), progress)));
            Console.Out.WriteLine(LoadSummary.Paragraph(load));
            var location = CommandContext.Must(WarehouseLocation.Open(warehouse));

            Step("model", modelFolder);
            var catalog = CommandContext.Must(CatalogReader.ReadEmbedded());
            var files = CommandContext.Must(ModelGenerator.Generate(location, catalog));
            PbipWriter.WriteTo(modelFolder, files);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{catalog.Kpis.Count} measures; open {Path.Combine(modelFolder, "KpiWarehouse.pbip")} in Power BI Desktop, or deploy {Path.Combine(modelFolder, "KpiWarehouse.createOrReplace.tmsl.json")}"));

            Step("verify", "every measure against the reference, cell by cell");
            var exit = VerifyCommand.Run(context, location, new DirectoryInfo(modelFolder), null, rawFolder,
                Path.Combine(output, "verify"), rlsUsers: 3);

            Console.Out.WriteLine();
            Console.Out.WriteLine($"raw data   {rawFolder}");
            Console.Out.WriteLine($"warehouse  {location.GenerationFolder} (DuckDB + Parquet, quarantine, manifest.json)");
            Console.Out.WriteLine($"model      {modelFolder}");
            Console.Out.WriteLine($"reports    {Path.Combine(output, "verify")}");
            return exit;
        });
        return command;
    }

    private static string Generate(CommandContext context, string folder, double scale, int seed)
    {
        Step("sample", string.Create(CultureInfo.InvariantCulture, $"scale {scale}, seed {seed} → {folder}"));
        var summary = CommandContext.Must(ConsoleProgress.Run(context, progress => SampleGenerator.Generate(folder, scale, seed, progress)));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.TotalRows:N0} rows in {summary.Files.Count} files"));
        return folder;
    }

    private static void Step(string name, string what)
    {
        Console.Out.WriteLine();
        Console.Out.WriteLine($"== {name}: {what}");
    }

}
