using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Tests;

/// <summary>Which cells the grid makes for a KPI, by its Dims and catalog facts.</summary>
public sealed class GridPlanTests
{
    private static readonly Calendar TwoYears = Calendar.From(DateSet.Range(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)).Dates())!;

    private static readonly Dictionary<Slicer, IReadOnlyList<string>> Members = Slicer.All.ToDictionary(s => s, s => (IReadOnlyList<string>)["a", "b"]);

    private static IReadOnlyList<Batch> Plan(params VerifiedKpi[] kpis) =>
        GridPlan.Build(kpis, TwoYears, Members, [("Rep", "ann@example.com"), ("Manager", "max@example.com")]);

    private static Dimension[] DimsOf(string code) => code.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => c switch
    {
        "C" => Dimension.Customer, "R" => Dimension.Rep, "Pr" => Dimension.Product, _ => Dimension.Channel,
    }).ToArray();

    [Theory]
    [InlineData("C", "(none) 'Customer'[Region] 'Customer'[Segment]")]
    [InlineData("R,Ch", "(none) 'Rep'[Team] 'Rep'[Rep Name] 'Channel'[Channel]")]
    [InlineData("C,R,Pr", "(none) 'Customer'[Region] 'Customer'[Segment] 'Rep'[Team] 'Rep'[Rep Name] 'Product'[Product Line]")]
    [InlineData("", "(none)")]
    public void Build_MeasureCells_OnlyTheSlicersOfTheKpisDims(string dims, string slicers)
    {
        var batches = Plan(new VerifiedKpi("K", DimsOf(dims))).Where(b => b.Check.Kind == CheckKind.Measure).ToList();
        foreach (var grain in Enum.GetValues<Grain>())
            Assert.Equal(slicers, string.Join(' ', batches.Where(b => b.Grain == grain).Select(b => b.Slicer.Label)));
    }

    [Fact]
    public void Build_CustomerOnlyKpi_HasNoRepSlicerCells_ButYearByRegion()
    {
        var batches = Plan(new VerifiedKpi("K", [Dimension.Customer]));
        Assert.DoesNotContain(batches, b => b.Slicer.Table == "Rep");
        Assert.Contains(batches, b => b.Grain == Grain.Year && b.Slicer.Column == "Region");
    }

    [Fact]
    public void Build_RepKpi_HasYearMonthByRepName_WithEveryMonthAndMember()
    {
        var batch = Plan(new VerifiedKpi("K", [Dimension.Rep])).Single(b => b.Check == Check.Measure && b.Grain == Grain.Month && b.Slicer == Slicer.RepName);
        Assert.Equal(24, batch.Periods.Count);
        Assert.Equal(["a", "b"], batch.Members);
        Assert.Equal(48, batch.CellCount);
    }

    [Fact]
    public void Build_Grains_AllTimeYearsQuartersMonthsOfTheDateTable()
    {
        var counts = Plan(new VerifiedKpi("K", [])).Where(b => b.Check == Check.Measure).ToDictionary(b => b.Grain, b => b.Periods.Count);
        Assert.Equal(new Dictionary<Grain, int> { [Grain.AllTime] = 1, [Grain.Year] = 2, [Grain.Quarter] = 8, [Grain.Month] = 24 }, counts);
    }

    [Fact]
    public void Build_TimeItems_OnlyAdditiveKpis_YearAndMonth()
    {
        var batches = Plan(new VerifiedKpi("Sum", [], IsAdditive: true), new VerifiedKpi("Ratio", []))
            .Where(b => b.Check.Kind == CheckKind.TimeItem).ToList();
        Assert.Equal(["Current", "MTD", "QTD", "YTD", "PY", "PYTD", "YoY", "YoY %"], batches.Select(b => b.Check.Item).Distinct());
        Assert.All(batches.GroupBy(b => b.Check.Item), g => Assert.Equal([Grain.Year, Grain.Month], g.Select(b => b.Grain)));
        Assert.All(batches, b => Assert.Equal(["Sum"], b.Kpis.Select(k => k.Name)));
    }

    [Fact]
    public void Build_Targets_OnlyKpisWithATarget_ByRepNameWhateverTheirDims()
    {
        var batches = Plan(new VerifiedKpi("New Leads", [Dimension.Channel], TargetMetric: "NEW_LEADS"), new VerifiedKpi("Other", [Dimension.Rep]))
            .Where(b => b.Check.Kind == CheckKind.Target).ToList();
        Assert.Equal(6, batches.Count);
        Assert.All(batches, b => Assert.Equal(["New Leads"], b.Kpis.Select(k => k.Name)));
        Assert.Equal(3, batches.Count(b => b.Slicer == Slicer.RepName));
    }

    [Fact]
    public void Build_Roles_EveryKpiPerUser_YearAndMonth_NoSlicer()
    {
        var batches = Plan(new VerifiedKpi("A", []), new VerifiedKpi("B", [Dimension.Rep])).Where(b => b.Check.Kind == CheckKind.Role).ToList();
        Assert.Equal(["Rep ann@example.com year", "Rep ann@example.com month", "Manager max@example.com year", "Manager max@example.com month"],
            batches.Select(b => $"{b.Check.Role} {b.Check.User} {b.Grain.Label()}"));
        Assert.All(batches, b => Assert.Equal(2, b.Kpis.Count));
        Assert.All(batches, b => Assert.True(b.Slicer.IsNone));
    }

    [Fact]
    public void Build_SlicerWithoutMembers_HasNoBatch()
    {
        var batches = GridPlan.Build([new VerifiedKpi("K", [Dimension.Channel])], TwoYears, new Dictionary<Slicer, IReadOnlyList<string>>(), []);
        Assert.All(batches, b => Assert.True(b.Slicer.IsNone));
    }

    [Fact]
    public void CalendarFrom_LeapYear_QuarterAndMonthKeysAndDates()
    {
        var calendar = Calendar.From(DateSet.Year(2024).Dates().Reverse())!;
        Assert.Equal(366, calendar.All.DayCount);
        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"], calendar.Periods(Grain.Quarter).Select(p => p.Key));
        Assert.Equal(29, calendar.Periods(Grain.Month).Single(p => p.Key == "2024-02").Dates.DayCount);
        Assert.Null(Calendar.From([]));
    }
}
