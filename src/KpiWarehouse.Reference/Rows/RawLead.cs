using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of leads.csv.</summary>
public sealed record RawLead(
    string LeadId, DateTime CreatedAt, string Source, string Direction, string? OwnerRepId, string? Country,
    DateTime? MqlAt, DateTime? SqlAt, DateTime? FirstResponseAt, DateTime? DisqualifiedAt, DateTime? ConvertedAt,
    string? CustomerId)
{
    internal static RawLead From(ParsedRow r) => new(
        r.RequiredText("lead_id"), r.RequiredTimestamp("created_at"), r.RequiredText("source"),
        r.RequiredText("direction"), r.Text("owner_rep_id"), r.Text("country"), r.Timestamp("mql_at"),
        r.Timestamp("sql_at"), r.Timestamp("first_response_at"), r.Timestamp("disqualified_at"),
        r.Timestamp("converted_at"), r.Text("customer_id"));
}
