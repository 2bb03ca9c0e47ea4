using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of activities.csv.</summary>
public sealed record RawActivity(
    string ActivityId, string RepId, DateTime OccurredAt, string Type, string Direction, string? LeadId,
    string? CustomerId, string? OpportunityId, string? Outcome)
{
    internal static RawActivity From(ParsedRow r) => new(
        r.RequiredText("activity_id"), r.RequiredText("rep_id"), r.RequiredTimestamp("occurred_at"),
        r.RequiredText("type"), r.RequiredText("direction"), r.Text("lead_id"), r.Text("customer_id"),
        r.Text("opportunity_id"), r.Text("outcome"));
}
