using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of meetings.csv.</summary>
public sealed record RawMeeting(
    string MeetingId, string RepId, string? LeadId, string? CustomerId, DateTime InvitedAt, DateTime ScheduledAt,
    string Status, bool Held, string? OpportunityId)
{
    internal static RawMeeting From(ParsedRow r) => new(
        r.RequiredText("meeting_id"), r.RequiredText("rep_id"), r.Text("lead_id"), r.Text("customer_id"),
        r.RequiredTimestamp("invited_at"), r.RequiredTimestamp("scheduled_at"), r.RequiredText("status"),
        r.RequiredBool("held"), r.Text("opportunity_id"));
}
