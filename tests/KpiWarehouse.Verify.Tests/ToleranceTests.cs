using KpiWarehouse.Verify.Comparison;

namespace KpiWarehouse.Verify.Tests;

/// <summary>The comparison rule, as a table: DAX value, reference value, equal?</summary>
public sealed class ToleranceTests
{
    public static TheoryData<object?, decimal?, bool> Cases => new()
    {
        { null, null, true },                              // BLANK = BLANK
        { 0.0, null, false },                              // 0 is not BLANK
        { null, 0m, false },
        { 0L, 0m, true },
        { 1_000_000.0, 1_000_000.0005m, true },            // 5e-10 relative
        { 1_000_000.0, 1_000_000.002m, false },            // 2e-9 relative
        { 5e-10, 0m, true },                               // 1e-9 absolute near zero
        { 2e-9, 0m, false },
        { 0.1 + 0.2, 0.3m, true },                         // double rounding is not a mismatch
        { 12.5m, 12.5m, true },
        { 12L, 12.000000001m, true },
        { 12L, 12.1m, false },
        { -3.0, 3m, false },
        { true, 1m, true },                                // TRUE counts as 1, as in DAX arithmetic
        { "12", 12m, false },                              // text is not a number
        { double.NaN, 0m, false },
        { double.PositiveInfinity, 1m, false },            // "/" by zero where DIVIDE gives BLANK
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_Table(object? dax, decimal? reference, bool equal) =>
        Assert.Equal(equal, Tolerance.Compare(dax, reference).IsEqual);

    [Fact]
    public void Compare_Different_SaysWhy()
    {
        Assert.Equal("DAX is a number, the reference is BLANK", Tolerance.Compare(0.0, null).Reason);
        Assert.Equal("DAX returned a text, not a number", Tolerance.Compare("x", 1m).Reason);
        Assert.Null(Tolerance.Compare(1.0, 1m).Reason);
    }

    [Theory]
    [InlineData(2024L, "2024")]
    [InlineData(2024.0, "2024")]
    [InlineData("2024-03", "2024-03")]
    [InlineData(null, null)]
    public void Key_GroupingValues_AsTheGridKeysThem(object? value, string? key) => Assert.Equal(key, DaxValues.Key(value));

    [Fact]
    public void Key_DecimalYearAndDate()
    {
        Assert.Equal("2024", DaxValues.Key(2024.00m));
        Assert.Equal("2024-03-01", DaxValues.Key(new DateTime(2024, 3, 1)));
    }
}
