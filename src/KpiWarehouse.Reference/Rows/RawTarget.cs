using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of targets.csv; an empty rep is a company-level target.</summary>
public sealed record RawTarget(DateOnly Month, string? RepId, string Metric, decimal Target)
{
    internal static RawTarget From(ParsedRow r) => new(
        r.RequiredDate("month"), r.Text("rep_id"), r.RequiredText("metric"), Money.Stored(r.RequiredDecimal("target")));
}
