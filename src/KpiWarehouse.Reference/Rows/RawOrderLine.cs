using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of orders.csv: one invoiced order line, its decimals as stored (4 decimals).</summary>
public sealed record RawOrderLine(
    string OrderId, int LineNo, DateOnly OrderDate, string CustomerId, string ProductId, string? RepId,
    string? OpportunityId, decimal Quantity, decimal UnitPrice, decimal? DiscountPct, decimal UnitCost)
{
    /// <summary>quantity × unit_price × (1 − discount_pct), an empty discount being 0, as stored (4 decimals).</summary>
    public decimal LineRevenue { get; } = Money.Stored(Quantity * UnitPrice * (1m - (DiscountPct ?? 0m)));

    /// <summary>quantity × unit_cost, as stored (4 decimals).</summary>
    public decimal LineCost { get; } = Money.Stored(Quantity * UnitCost);

    internal static RawOrderLine From(ParsedRow r) => new(
        r.RequiredText("order_id"), r.RequiredInt("line_no"), r.RequiredDate("order_date"), r.RequiredText("customer_id"),
        r.RequiredText("product_id"), r.Text("rep_id"), r.Text("opportunity_id"), Money.Stored(r.RequiredDecimal("quantity")),
        Money.Stored(r.RequiredDecimal("unit_price")), Money.Stored(r.Decimal("discount_pct")), Money.Stored(r.RequiredDecimal("unit_cost")));
}
