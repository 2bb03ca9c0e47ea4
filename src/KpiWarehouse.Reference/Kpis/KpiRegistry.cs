namespace KpiWarehouse.Reference.Kpis;

/// <summary>All 80 KPIs of kpi-catalog.md, by exact name (adding one is one line in its section's file).</summary>
internal static class KpiRegistry
{
    public static readonly IReadOnlyList<KpiEntry> All =
    [
        .. RevenueKpis.Entries(), .. PipelineKpis.Entries(), .. QuoteKpis.Entries(),
        .. LeadKpis.Entries(), .. ActivityKpis.Entries(), .. CustomerKpis.Entries(),
    ];

    public static readonly IReadOnlyDictionary<string, KpiEntry> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);
}
