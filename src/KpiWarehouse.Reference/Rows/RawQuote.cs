using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of quotes.csv.</summary>
public sealed record RawQuote(string QuoteId, string OpportunityId, DateOnly SentAt, decimal Amount, string Status, DateOnly? DecidedAt)
{
    internal static RawQuote From(ParsedRow r) => new(
        r.RequiredText("quote_id"), r.RequiredText("opportunity_id"), r.RequiredDate("sent_at"),
        Money.Stored(r.RequiredDecimal("amount")), r.RequiredText("status"), r.Date("decided_at"));
}
