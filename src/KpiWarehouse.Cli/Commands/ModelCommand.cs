using System.CommandLine;
using KpiWarehouse.Catalog;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Tabular;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Pbip;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw model --warehouse DIR --out DIR</c>: the PBIP/TMDL project and the TMSL model.bim.</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        var warehouse = CommonOptions.Warehouse();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the PBIP project, model.bim and the TMSL deploy script to.", Required = true };
        var catalogFile = new Option<FileInfo?>("--catalog") { Description = "A KPI catalog file to use instead of the built-in one (models/kpi-catalog.json)." };
        var location = new Option<string?>("--warehouse-location")
        {
            Description = "The generation folder as Power BI will see it (the 'Warehouse Folder' parameter; default: its absolute path here).",
        };
        var command = new Command("model", "Generate the semantic model (PBIP with TMDL, and TMSL model.bim) with every KPI as a DAX measure.")
        {
            warehouse, outDir, catalogFile, location,
        };
        CommandAction.Set(command, (parse, context) =>
        {
            var file = parse.GetValue(catalogFile);
            var catalog = file is null ? CatalogReader.ReadEmbedded() : CatalogReader.ReadFile(file.FullName);
            if (!catalog.IsSuccess)
                return CommandContext.Fail(catalog.Error!);

            var options = parse.GetValue(location) is { } folder ? new ModelOptions { WarehouseFolder = folder } : null;
            var files = ModelGenerator.Generate(parse.GetValue(warehouse)!.FullName, catalog.Value, options);
            if (!files.IsSuccess)
                return CommandContext.Fail(files.Error!);

            var output = parse.GetValue(outDir)!.FullName;
            try
            {
                PbipWriter.WriteTo(output, files.Value);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommandContext.Fail(ModelDiagnostics.CannotWrite(output, e.Message));
            }
            Console.WriteLine($"model: {catalog.Value.Kpis.Count} measures, {files.Value.Count} files written to {output}");
            return ExitCodes.Success;
        });
        return command;
    }
}
