using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Cli.Commands;

/// <summary>The KPIs <c>kpiw verify</c> checks, with the catalog facts the grid needs.</summary>
public static class VerifyKpis
{
    /// <summary>Every KPI of the shipped catalog (models/kpi-catalog.json), in catalog order.</summary>
    public static Outcome<IReadOnlyList<VerifiedKpi>> All()
    {
        var catalog = CatalogReader.ReadEmbedded();
        return catalog.IsSuccess ? VerifiedKpi.FromCatalog(catalog.Value) : catalog.Error!;
    }
}
