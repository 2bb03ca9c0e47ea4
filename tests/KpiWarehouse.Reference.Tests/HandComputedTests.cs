using KpiWarehouse.Reference.Tests.HandData;

namespace KpiWarehouse.Reference.Tests;

public sealed class HandComputedTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (kpi, cell, expected) in HandComputedCases.All)
            data.Add(kpi, cell, expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "BLANK");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kpi_InHandDataCell_EqualsValueWorkedOutByHand(string kpi, string cell, string expected)
    {
        var actual = HandDataSet.Calculator.Evaluate(kpi, HandDataSet.CellNamed(cell));

        if (expected == "BLANK")
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        var want = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(actual.Value - want) <= 1e-15m * Math.Max(1m, Math.Abs(want)),
            $"{kpi} in {cell}: expected {want}, got {actual}");
    }

    [Fact]
    public void HandComputedCases_CoverEveryKpiInMarch2024()
    {
        var covered = HandComputedCases.All.Where(c => c.Cell == "2024-03").Select(c => c.Kpi).ToHashSet();

        var missing = ReferenceKpi.All.Select(k => k.Name).Where(name => !covered.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "no March 2024 case for: " + string.Join(", ", missing));
        Assert.Equal(80, ReferenceKpi.All.Count);
    }

    [Fact]
    public void Evaluate_SecurityNotOnRep_ThrowsArgumentException()
    {
        var cell = HandDataSet.CellNamed("2024-03").Secured(new Cells.MemberFilter(Cells.Dimension.Customer, "Region", "North"));

        Assert.Throws<ArgumentException>(() => HandDataSet.Calculator.Evaluate("Revenue", cell));
    }

    [Fact]
    public void Evaluate_SecurityAndEqualRepFilter_GiveTheSameValueForRepKpis()
    {
        var secured = HandDataSet.CellNamed("2024-03 | RLS=R2");
        var filtered = HandDataSet.CellNamed("2024-03").With(Cells.Dimension.Rep, "Rep Id", "R2");

        foreach (var kpi in ReferenceKpi.All.Where(k => k.Dims.Contains(Cells.Dimension.Rep)).Select(k => k.Name))
            Assert.True(HandDataSet.Calculator.Evaluate(kpi, secured) == HandDataSet.Calculator.Evaluate(kpi, filtered), kpi);
    }

    [Fact]
    public void HandData_Read_CountsRowsAcceptedAndQuarantinedPerFile()
    {
        var files = HandDataSet.Calculator.Data.Files.ToDictionary(f => f.Entity);

        Assert.Equal((10, 1, 9), (files["orders"].Read, files["orders"].Quarantined, files["orders"].Accepted));
        Assert.Equal((7, 1, 6), (files["leads"].Read, files["leads"].Quarantined, files["leads"].Accepted));
        Assert.Equal(8, files["opportunities"].Accepted);
        Assert.Empty(HandDataSet.Calculator.Data.Findings);
        Assert.Equal(15, files.Values.Count(f => f.Present));
    }
}
