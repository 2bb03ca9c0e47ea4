using KpiWarehouse.Contract.Warehouse;

namespace KpiWarehouse.Tabular.Building;

/// <summary>
/// The model generator's view of a published warehouse: <see cref="WarehouseLocation"/> finds the generation and
/// reads its manifest.json (docs/star-schema.md); this maps the table listing onto <see cref="WarehouseSchema"/>.
/// </summary>
public static class ManifestReader
{
    /// <summary>The tables of <paramref name="manifest"/>, in manifest order.</summary>
    public static WarehouseSchema Schema(WarehouseManifest manifest) => new(
        manifest.Generation ?? "",
        manifest.Tables.Select(t => new WarehouseTable(
            t.Name,
            t.Path,
            t.PartitionedBy,
            t.Columns.Select(c => new WarehouseColumn(c.Name, c.Type)).ToList(),
            (t.Files ?? []).Select(f => f.Path).ToList())).ToList());
}
