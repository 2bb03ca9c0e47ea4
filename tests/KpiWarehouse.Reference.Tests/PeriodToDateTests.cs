using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Tests.HandData;
using KpiWarehouse.Reference.Time;

namespace KpiWarehouse.Reference.Tests;

/// <summary>DATESYTD / DATESQTD / DATESMTD: from the start of the year, quarter or month of the selection's last date to that date.</summary>
public sealed class PeriodToDateTests
{
    private static readonly DateSet Calendar = DateSet.Range(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));

    [Theory]
    [InlineData("Ytd", "2024-03-01..2024-03-31", "2024-01-01..2024-03-31")]
    [InlineData("Ytd", "2023-11-05", "2023-01-01..2023-11-05")]
    [InlineData("Qtd", "2024-05-01..2024-05-31", "2024-04-01..2024-05-31")]
    [InlineData("Qtd", "2024-01-01..2024-12-31", "2024-10-01..2024-12-31")]
    [InlineData("Mtd", "2024-03-10..2024-03-20", "2024-03-01..2024-03-20")]
    [InlineData("Mtd", "2024-02-29", "2024-02-01..2024-02-29")]
    public void DatesToDate_Selection_RunsFromPeriodStartToLastDate(string kind, string selection, string expected)
    {
        var dates = DateShiftTests.Parse(selection);
        var actual = kind switch
        {
            "Ytd" => PeriodToDate.DatesYtd(dates, Calendar),
            "Qtd" => PeriodToDate.DatesQtd(dates, Calendar),
            _ => PeriodToDate.DatesMtd(dates, Calendar),
        };

        Assert.Equal(DateShiftTests.Parse(expected), actual);
    }

    [Fact]
    public void PriorYearToDate_March2024_IsJanuaryToMarch2023AndRevenueFollows()
    {
        var pytd = DateShift.SamePeriodLastYear(PeriodToDate.DatesYtd(DateSet.Month(2024, 3), Calendar), Calendar);

        Assert.Equal(DateShiftTests.Parse("2023-01-01..2023-03-31"), pytd);
        // Jan–Mar 2023: O1 200; Jan–Mar 2024: O3 300 + March 892.4738
        Assert.Equal(200m, HandDataSet.Calculator.Evaluate("Revenue", Cell.For(pytd)));
        Assert.Equal(1192.4738m, HandDataSet.Calculator.Evaluate("Revenue", Cell.For(PeriodToDate.DatesYtd(DateSet.Month(2024, 3), Calendar))));
    }

    [Theory]
    [InlineData("DEALS_WON", "", "2")]              // R2's row only: there is no company DEALS_WON row
    [InlineData("NEW_LEADS", "", "5")]              // the company row
    [InlineData("NEW_LEADS", "Bob Petit", "BLANK")] // the company row drops under a Rep filter; R2 has none
    [InlineData("revenue", "Chloe Roux", "300")]    // metric code case-insensitive
    public void EvaluateTarget_March2024_IsTheTargetsRowsOfTheMetric(string metric, string rep, string expected)
    {
        var cell = Cell.For(DateSet.Month(2024, 3));
        if (rep.Length > 0)
            cell = cell.With(Dimension.Rep, "Rep Name", rep);

        var actual = HandDataSet.Calculator.EvaluateTarget(metric, cell);

        Assert.Equal(expected, actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "BLANK");
    }
}
