using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of subscription_events.csv.</summary>
public sealed record RawSubscriptionEvent(
    string EventId, string CustomerId, string? ProductId, DateOnly EventDate, string EventType, decimal MrrDelta)
{
    internal static RawSubscriptionEvent From(ParsedRow r) => new(
        r.RequiredText("event_id"), r.RequiredText("customer_id"), r.Text("product_id"), r.RequiredDate("event_date"),
        r.RequiredText("event_type"), Money.Stored(r.RequiredDecimal("mrr_delta")));
}
