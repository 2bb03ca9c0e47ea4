using KpiWarehouse.Dax.Query;

namespace KpiWarehouse.Dax.Tests.Semantics;

/// <summary>
/// A Boolean CALCULATE filter is FILTER(ALL(column), predicate) (Microsoft Learn CALCULATE). The engine
/// computes simple predicates by binary search on the column's dictionary; this pins that fast path to
/// the row-by-row FILTER evaluation for every comparison shape, BLANK included.
/// </summary>
public sealed class BooleanFilterTests
{
    [Theory]
    [InlineData("Sales[Amount] > 100")]
    [InlineData("Sales[Amount] >= 100")]
    [InlineData("Sales[Amount] < 100")]
    [InlineData("Sales[Amount] <= 100")]
    [InlineData("Sales[Amount] = 100")]
    [InlineData("Sales[Amount] <> 100")]
    [InlineData("100 < Sales[Amount]")]
    [InlineData("Sales[Discount] = 0")]
    [InlineData("Sales[Discount] == 0")]
    [InlineData("Sales[Discount] == BLANK()")]
    [InlineData("Sales[Discount] <> BLANK()")]
    [InlineData("Sales[Discount] < 0.1")]
    [InlineData("ISBLANK(Sales[Discount]) || Sales[Discount] > 0.1")]
    [InlineData("NOT(Sales[Discount] >= 0.1)")]
    [InlineData("Sales[Order Date] <= DATE(2024, 2, 29) && Sales[Order Date] > DATE(2023, 12, 31)")]
    [InlineData("Sales[Order Id] >= \"s05\"")]
    [InlineData("Sales[Rep Key] = BLANK()")]
    public void BooleanFilter_EqualsRowByRowFilter(string predicate)
    {
        var query = $"EVALUATE ROW(\"fast\", CALCULATE(SUM(Sales[Amount]), {predicate}), \"slow\", SUMX(FILTER(Sales, {predicate}), Sales[Amount]))";
        var result = DaxEngine.Evaluate(TestModel.Instance, query);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var row = result.Tables[0].Rows[0];
        Assert.Equal(row[1].AsText(), row[0].AsText());
    }
}
