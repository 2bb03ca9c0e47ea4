using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Time;

namespace KpiWarehouse.Reference.Tests;

/// <summary>
/// DATEADD / SAMEPERIODLASTYEAR as Microsoft documents them for a date column
/// (https://learn.microsoft.com/dax/dateadd-function-dax, https://learn.microsoft.com/dax/sameperiodlastyear-function-dax).
/// Dates are written <c>2013-02-27..2013-02-28</c>; several runs are separated by <c>,</c>.
/// </summary>
public sealed class DateShiftTests
{
    private static readonly DateSet Calendar2023To2024 = DateSet.Range(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));

    [Theory]
    // learn.microsoft.com, "Special behavior when input is date column": "when Feb 27 and 28 of 2013 are included in the
    // selection and a month is added, DATEADD will return March 27 to 31."
    [InlineData("2013-02-27..2013-02-28", 1, "Month", "2013-03-27..2013-03-31")]
    // ibid.: "This behavior only happens when last two days of month are included in the selection. If only Feb 27 is
    // selected, it will go to March 27."
    [InlineData("2013-02-27", 1, "Month", "2013-03-27")]
    // A whole month is shifted to the whole previous month; a leap February keeps its 29th (Mar 30, 31 clamp to Feb 29).
    [InlineData("2024-03-01..2024-03-31", -1, "Month", "2024-02-01..2024-02-29")]
    [InlineData("2023-03-01..2023-03-31", -1, "Month", "2023-02-01..2023-02-28")]
    // A 30-day month shifted to a 31-day month: extension reaches the 31st.
    [InlineData("2024-04-01..2024-04-30", -1, "Month", "2024-03-01..2024-03-31")]
    // A day that does not exist in the target month becomes its last day (the documented calendar example "March 31 →
    // Feb 28" for truncation, which a date column also does).
    [InlineData("2023-03-31", -1, "Month", "2023-02-28")]
    [InlineData("2024-03-31", -1, "Month", "2024-02-29")]
    // Feb 29 one year back is Feb 28 (one day: no extension).
    [InlineData("2024-02-29", -1, "Year", "2023-02-28")]
    // A whole year forward keeps February whole: 2023's Feb 27–28 reach Feb 29 2024 by extension.
    [InlineData("2023-01-01..2023-12-31", 1, "Year", "2024-01-01..2024-12-31")]
    [InlineData("2024-04-01..2024-06-30", -1, "Quarter", "2024-01-01..2024-03-31")]
    [InlineData("2024-03-01..2024-03-02", -1, "Day", "2024-02-29..2024-03-01")]
    // Partial month without its last two days: each date moves, nothing is added.
    [InlineData("2024-03-10..2024-03-20", -1, "Month", "2024-02-10..2024-02-20")]
    // Mar 29–31 hold March's last two days: all three clamp to Feb 29, and the end of February is Feb 29.
    [InlineData("2024-03-29..2024-03-31", -1, "Month", "2024-02-29")]
    // Each contiguous run is shifted on its own (DAX itself rejects a selection that is not contiguous).
    [InlineData("2024-01-05,2024-03-01..2024-03-31", -1, "Month", "2023-12-05,2024-02-01..2024-02-29")]
    public void DateAdd_Selection_ShiftsAsDocumented(string selection, int count, string interval, string expected)
    {
        var shifted = DateShift.DateAdd(Parse(selection), count, Enum.Parse<ShiftInterval>(interval));

        Assert.Equal(Parse(expected), shifted);
    }

    [Fact]
    public void DateAdd_ResultOutsideTheDateTable_IsCutToTheDateTable()
    {
        // "The result table includes only dates that exist in the dates column."
        var shifted = DateShift.DateAdd(Parse("2023-01-01..2023-03-31"), -1, ShiftInterval.Month, Calendar2023To2024);

        Assert.Equal(Parse("2023-01-01..2023-02-28"), shifted);
    }

    [Theory]
    [InlineData("2024-01-01..2024-12-31")]
    [InlineData("2024-02-01..2024-02-29")]
    [InlineData("2024-02-29")]
    [InlineData("2024-03-15..2024-04-15")]
    public void SamePeriodLastYear_AnySelection_EqualsDateAddMinusOneYear(string selection)
    {
        // "The dates returned are the same as the dates returned by this equivalent formula: DATEADD(dates, -1, year)"
        var dates = Parse(selection);

        Assert.Equal(DateShift.DateAdd(dates, -1, ShiftInterval.Year, Calendar2023To2024),
            DateShift.SamePeriodLastYear(dates, Calendar2023To2024));
    }

    [Fact]
    public void SamePeriodLastYear_LeapFebruary_IsTheWholePreviousFebruary()
    {
        Assert.Equal(Parse("2023-02-01..2023-02-28"), DateShift.SamePeriodLastYear(DateSet.Month(2024, 2), Calendar2023To2024));
    }

    internal static DateSet Parse(string text) => DateSet.Of(text.Split(',').SelectMany(run =>
    {
        var ends = run.Split("..");
        var from = DateOnly.Parse(ends[0], System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(ends[^1], System.Globalization.CultureInfo.InvariantCulture);
        return DateSet.Range(from, to).Dates();
    }));
}
