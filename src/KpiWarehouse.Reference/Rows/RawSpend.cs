using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of marketing_spend.csv.</summary>
public sealed record RawSpend(DateOnly SpendDate, string Channel, string Category, decimal Amount)
{
    internal static RawSpend From(ParsedRow r) => new(
        r.RequiredDate("spend_date"), r.RequiredText("channel"), r.RequiredText("category"),
        Money.Stored(r.RequiredDecimal("amount")));
}
