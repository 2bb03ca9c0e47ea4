using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of opportunities.csv.</summary>
public sealed record RawOpportunity(
    string OpportunityId, string? CustomerId, string? LeadId, string OwnerRepId, string? ProductId, string Type,
    DateOnly CreatedAt, decimal? Amount, string Stage, string Status, DateOnly? ClosedAt, string? LostReason)
{
    internal static RawOpportunity From(ParsedRow r) => new(
        r.RequiredText("opportunity_id"), r.Text("customer_id"), r.Text("lead_id"), r.RequiredText("owner_rep_id"),
        r.Text("product_id"), r.RequiredText("type"), r.RequiredDate("created_at"), Money.Stored(r.Decimal("amount")),
        r.RequiredText("stage"), r.RequiredText("status"), r.Date("closed_at"), r.Text("lost_reason"));
}
