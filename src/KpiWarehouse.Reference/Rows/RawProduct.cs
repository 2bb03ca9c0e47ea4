using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of products.csv.</summary>
public sealed record RawProduct(
    string ProductId, string ProductName, string ProductLine, string? Category, decimal ListPrice, decimal UnitCost,
    bool IsRecurring)
{
    internal static RawProduct From(ParsedRow r) => new(
        r.RequiredText("product_id"), r.RequiredText("product_name"), r.RequiredText("product_line"),
        r.Text("category"), r.RequiredDecimal("list_price"), r.RequiredDecimal("unit_cost"), r.RequiredBool("is_recurring"));
}
