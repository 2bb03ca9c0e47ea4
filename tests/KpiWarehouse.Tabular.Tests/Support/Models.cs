using KpiWarehouse.Catalog;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Tests.Support;

/// <summary>The model built from the shipped catalog and the fixture warehouse, built once per test run.</summary>
public static class Models
{
    private static readonly Lazy<KpiCatalog> LazyCatalog = new(() => CatalogReader.ReadEmbedded().Value);
    private static readonly Lazy<WarehouseSchema> LazySchema = new(() =>
        ManifestReader.ReadGeneration(ManifestReader.ResolveGeneration(Repo.FixtureWarehouse).Value).Value);
    private static readonly Lazy<ModelBuild> LazyBuild = new(() => ModelBuilder.Build(Catalog, Schema, new ModelOptions()).Value);

    public static KpiCatalog Catalog => LazyCatalog.Value;

    public static WarehouseSchema Schema => LazySchema.Value;

    public static ModelBuild Build => LazyBuild.Value;

    public static Database Database => Build.Database;

    /// <summary>A fresh temporary folder, removed by the caller.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kpiw-tabular-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
