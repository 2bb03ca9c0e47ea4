using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Pbip;

namespace KpiWarehouse.Tabular;

/// <summary>The one-call path of <c>kpiw model</c>: warehouse folder + catalog → every file of the model.</summary>
public static class ModelGenerator
{
    /// <summary>
    /// Reads the published generation of <paramref name="warehouse"/> and builds the model's files. The
    /// <c>Warehouse Folder</c> parameter defaults to <paramref name="options"/>' value, or to the generation's
    /// absolute path when that is null.
    /// </summary>
    public static Outcome<IReadOnlyList<GeneratedFile>> Generate(string warehouse, KpiCatalog catalog, ModelOptions? options = null)
    {
        var generation = ManifestReader.ResolveGeneration(warehouse);
        if (!generation.IsSuccess)
            return generation.Error!;
        var schema = ManifestReader.ReadGeneration(generation.Value);
        if (!schema.IsSuccess)
            return schema.Error!;
        options ??= new ModelOptions { WarehouseFolder = generation.Value };
        var build = ModelBuilder.Build(catalog, schema.Value, options, Path.Combine(generation.Value, "manifest.json"));
        if (!build.IsSuccess)
            return build.Error!;
        return Outcome<IReadOnlyList<GeneratedFile>>.Ok(PbipWriter.Write(build.Value.Database));
    }
}
