using KpiWarehouse.Contract.Warehouse;
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
        var location = WarehouseLocation.Open(warehouse);
        return location.IsSuccess ? Generate(location.Value, catalog, options) : location.Error!;
    }

    /// <summary>The model's files for an already opened generation (see the overload taking a folder).</summary>
    public static Outcome<IReadOnlyList<GeneratedFile>> Generate(WarehouseLocation location, KpiCatalog catalog, ModelOptions? options = null)
    {
        var generation = location.GenerationFolder;
        options ??= new ModelOptions { WarehouseFolder = generation };
        var build = ModelBuilder.Build(catalog, ManifestReader.Schema(location.Manifest), options,
            Path.Combine(generation, WarehouseLocation.ManifestFile));
        if (!build.IsSuccess)
            return build.Error!;
        return Outcome<IReadOnlyList<GeneratedFile>>.Ok(PbipWriter.Write(build.Value.Database));
    }
}
