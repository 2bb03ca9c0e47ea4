using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Kpis;

namespace KpiWarehouse.Reference;

/// <summary>A KPI as the reference knows it: catalog number, exact name, catalog section and the dimensions that filter it.</summary>
/// <param name="Number">The catalog's # (1..80).</param>
/// <param name="Name">The measure name, exactly as in the catalog and the model.</param>
/// <param name="Section">The catalog section: Revenue, Pipeline, Quotes, Leads, Activity or Customers.</param>
/// <param name="Dims">The catalog's Dims column; a dimension not listed does not filter the KPI.</param>
public sealed record ReferenceKpi(int Number, string Name, string Section, IReadOnlyList<Dimension> Dims)
{
    /// <summary>Every KPI of the catalog, in catalog order.</summary>
    public static IReadOnlyList<ReferenceKpi> All { get; } =
        KpiRegistry.All.Select(k => new ReferenceKpi(k.Number, k.Name, k.Section, k.Dims)).ToList();

    /// <summary>Every KPI by its exact name.</summary>
    public static IReadOnlyDictionary<string, ReferenceKpi> ByName { get; } = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The KPI named <paramref name="name"/> (exact, case-sensitive), or null.</summary>
    public static ReferenceKpi? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>True when <paramref name="dimension"/> filters this KPI.</summary>
    public bool IsFilteredBy(Dimension dimension) => Dims.Contains(dimension);
}
