using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Cli.Commands;

/// <summary>The KPIs <c>kpiw verify</c> checks, with the catalog facts the grid needs.</summary>
public static class VerifyKpis
{
    /// <summary>
    /// Every KPI of the catalog. Until models/kpi-catalog.json and its reader (branch tabular) are merged, names and
    /// Dims come from the reference registry and no KPI is known as additive or as carrying a target, so the
    /// time-intelligence and target checks have no cells; with the catalog, map each KpiDefinition to
    /// <c>new VerifiedKpi(Name, Dimensions, IsAdditive, Target?.Metric)</c>.
    /// </summary>
    public static IReadOnlyList<VerifiedKpi> All() => VerifiedKpi.FromReference();
}
