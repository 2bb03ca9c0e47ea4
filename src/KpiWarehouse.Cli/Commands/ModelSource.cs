using KpiWarehouse.Catalog;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Query.Hosting;
using KpiWarehouse.Query.Model;
using KpiWarehouse.Tabular;

namespace KpiWarehouse.Cli.Commands;

/// <summary>
/// Opens a warehouse in the DAX engine with a model: the model.bim of <c>--model</c> (a folder written by
/// <c>kpiw model</c>, or the file itself), or, without it, the model <c>kpiw model</c> would generate from the
/// warehouse with the built-in catalog — built in memory, so a query needs no prior <c>kpiw model</c>.
/// </summary>
public static class ModelSource
{
    /// <summary>The model.bim file name a <c>kpiw model</c> output folder holds.</summary>
    public const string ModelBim = "model.bim";

    /// <summary>The model of <paramref name="model"/>, or the one generated from <paramref name="warehouse"/> when null.</summary>
    public static Outcome<SemanticModel> Read(WarehouseLocation warehouse, FileSystemInfo? model) =>
        model is null ? Generate(warehouse) : ReadFile(model);

    /// <summary>Opens the host, or fails the command with the reason.</summary>
    public static DaxHost OpenHost(DirectoryInfo warehouse, FileSystemInfo? model)
    {
        var location = CommandContext.Must(WarehouseLocation.Open(warehouse.FullName));
        return CommandContext.Must(DaxHost.Open(location, CommandContext.Must(Read(location, model))));
    }

    private static Outcome<SemanticModel> ReadFile(FileSystemInfo model)
    {
        var path = model.FullName;
        if (Directory.Exists(path))
        {
            var found = Directory.EnumerateFiles(path, ModelBim, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
            if (found is null)
                return new Diagnostic("KPIW-C002", $"the folder has no {ModelBim} (write one with 'kpiw model')", path);
            path = found;
        }
        return ModelReader.ReadFile(path);
    }

    private static Outcome<SemanticModel> Generate(WarehouseLocation warehouse)
    {
        var catalog = CatalogReader.ReadEmbedded();
        if (!catalog.IsSuccess)
            return catalog.Error!;
        var files = ModelGenerator.Generate(warehouse, catalog.Value);
        if (!files.IsSuccess)
            return files.Error!;
        var bim = files.Value.First(f => f.Path.EndsWith("/" + ModelBim, StringComparison.Ordinal) || f.Path == ModelBim);
        return ModelReader.Read(bim.Content, ModelBim);
    }
}
