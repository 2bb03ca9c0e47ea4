using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Reference;
using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Verify.Grid;

/// <summary>A KPI to verify, with the catalog facts the grid needs.</summary>
/// <param name="Name">The measure name (exact catalog name).</param>
/// <param name="Dims">The dimensions that filter it; only their slicers get cells.</param>
/// <param name="IsAdditive">The catalog's "additive": the time-intelligence items apply to it.</param>
/// <param name="TargetMetric">The metric of its KPI object's target (REVENUE, NEW_LEADS, DEALS_WON), or null.</param>
public sealed record VerifiedKpi(string Name, IReadOnlyList<Dimension> Dims, bool IsAdditive = false, string? TargetMetric = null)
{
    /// <summary>True when <paramref name="slicer"/> makes cells for this KPI (no slicer always does).</summary>
    public bool IsSlicedBy(Slicer slicer) => slicer.IsNone || Dims.Contains(slicer.Dimension!.Value);

    /// <summary>
    /// Every KPI of <paramref name="catalog"/> in catalog order, with its Dims, "additive" and target metric. A KPI
    /// the reference has no calculation for is KPIW-V006: the catalog and the reference must list the same KPIs.
    /// </summary>
    public static Outcome<IReadOnlyList<VerifiedKpi>> FromCatalog(KpiCatalog catalog)
    {
        var kpis = new List<VerifiedKpi>();
        foreach (var kpi in catalog.Kpis)
        {
            if (ReferenceKpi.Find(kpi.Name) is null)
                return VerifyDiagnostics.NoReference(kpi.Name);
            var dims = kpi.Dimensions.Select(d => Enum.Parse<Dimension>(d, ignoreCase: true)).ToList();
            kpis.Add(new VerifiedKpi(kpi.Name, dims, kpi.IsAdditive, kpi.Target?.Metric));
        }
        return Outcome<IReadOnlyList<VerifiedKpi>>.Ok(kpis);
    }

    /// <summary>
    /// Every KPI of the reference registry, in catalog order. The registry knows names and Dims only: the caller
    /// supplies which are additive and which carry a target (the catalog's "additive" and "target").
    /// </summary>
    public static IReadOnlyList<VerifiedKpi> FromReference(
        IReadOnlySet<string>? additive = null, IReadOnlyDictionary<string, string>? targets = null) =>
        ReferenceKpi.All.Select(k => new VerifiedKpi(
            k.Name, k.Dims, additive?.Contains(k.Name) ?? false,
            targets is not null && targets.TryGetValue(k.Name, out var metric) ? metric : null)).ToList();
}
