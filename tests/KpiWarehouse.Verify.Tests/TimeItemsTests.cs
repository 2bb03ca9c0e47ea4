using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Tests;

/// <summary>The time items' semantics (DATESYTD, BLANK arithmetic, DIVIDE), from Microsoft's documentation.</summary>
public sealed class TimeItemsTests
{
    private static readonly DateSet Calendar = DateSet.Range(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));

    [Theory]
    [InlineData("2024-03-01", "2024-03-31", "2024-01-01", "2024-03-31")]   // a month: Jan 1 .. its end
    [InlineData("2024-04-01", "2024-06-30", "2024-01-01", "2024-06-30")]   // a quarter: Jan 1 .. its end
    [InlineData("2023-01-01", "2023-12-31", "2023-01-01", "2023-12-31")]   // a year: itself
    [InlineData("2024-02-10", "2024-02-29", "2024-01-01", "2024-02-29")]   // leap day kept
    public void YearToDate_FromJanuaryFirstToTheLastSelectedDate(string from, string to, string ytdFrom, string ytdTo) =>
        Assert.Equal(DateSet.Range(DateOnly.Parse(ytdFrom), DateOnly.Parse(ytdTo)),
            TimeItems.YearToDate(DateSet.Range(DateOnly.Parse(from), DateOnly.Parse(to)), Calendar));

    [Fact]
    public void YearToDate_CutToTheDateTable() =>
        Assert.Equal(DateSet.Range(new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 31)),
            TimeItems.YearToDate(DateSet.Month(2023, 1), DateSet.Range(new DateOnly(2022, 6, 1), new DateOnly(2023, 12, 31))).Intersect(Calendar));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("5", null, "5")]
    [InlineData(null, "5", "-5")]
    [InlineData("7", "5", "2")]
    public void YoY_BlankCountsAsZeroUnlessBothBlank(string? current, string? prior, string? expected) =>
        Assert.Equal(Parse(expected), TimeItems.YoY(Parse(current), Parse(prior)));

    [Theory]
    [InlineData("6", "4", "0.5")]
    [InlineData(null, "4", "-1")]
    [InlineData("6", null, null)]
    [InlineData("6", "0", null)]
    public void YoYPercent_DivideGivesBlankOnBlankOrZeroPrior(string? current, string? prior, string? expected) =>
        Assert.Equal(Parse(expected), TimeItems.YoYPercent(Parse(current), Parse(prior)));

    private static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
