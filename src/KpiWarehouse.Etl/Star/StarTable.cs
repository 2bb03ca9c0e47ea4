namespace KpiWarehouse.Etl.Star;

/// <summary>One table of docs/star-schema.md: its mart file, the order its rows are stored and exported in, and
/// whether its Parquet export is hive-partitioned by <c>year</c>.</summary>
/// <see cref="FromKpiSql"/>: built by <see cref="Kpi.KpiMonthly"/> from <c>sql/kpi/</c> rather than from a mart file.
internal sealed record StarTable(string Name, string OrderBy, bool PartitionedByYear = false, bool FromKpiSql = false)
{
    /// <summary>The tables in the order of docs/star-schema.md (also the build order: facts use the dimensions,
    /// fct_opportunity_stages and fct_quotes use fct_opportunities, fct_customer_mrr uses fct_subscription_events; kpi_monthly uses them all).</summary>
    public static readonly IReadOnlyList<StarTable> All =
    [
        new("dim_date", "date"),
        new("dim_customer", "customer_key"),
        new("dim_rep", "rep_key"),
        new("dim_product", "product_key"),
        new("dim_channel", "channel_key"),
        new("fct_sales", "order_id, line_no", PartitionedByYear: true),
        new("fct_opportunities", "opportunity_id", PartitionedByYear: true),
        new("fct_opportunity_stages", "opportunity_id, stage, entered_date"),
        new("fct_quotes", "quote_id"),
        new("fct_leads", "lead_id"),
        new("fct_activities", "activity_id", PartitionedByYear: true),
        new("fct_meetings", "meeting_id"),
        new("fct_subscription_events", "event_id"),
        new("fct_customer_mrr", "customer_key, valid_from_date"),
        new("fct_spend", "spend_date, channel_key, category, amount"),
        new("fct_surveys", "response_id"),
        new("fct_targets", "month_date, rep_key, metric, target_amount"),
        new(Kpi.KpiMonthly.Table, Kpi.KpiMonthly.OrderBy, FromKpiSql: true),
    ];
}
