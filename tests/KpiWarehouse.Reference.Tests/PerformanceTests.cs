using System.Diagnostics;
using KpiWarehouse.Reference.Cells;
using Xunit.Abstractions;

namespace KpiWarehouse.Reference.Tests;

public sealed class PerformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// The verification grid's shape (every month, quarter, year and all time × no slicer and each member of the
    /// KPI's dimensions) on synthetic data. KPIW_REFERENCE_SCALE sets the size and asks for every year
    /// (1 ≈ 300k rows, the figures in docs/reference.md, run with -c Release); without it, 15k rows and one year.
    /// </summary>
    [Fact]
    public void Grid_SyntheticData_AveragesWellUnderOneMillisecondPerCell()
    {
        var full = double.TryParse(Environment.GetEnvironmentVariable("KPIW_REFERENCE_SCALE"),
            System.Globalization.CultureInfo.InvariantCulture, out var scale);
        if (!full)
            scale = 0.05;
        var data = SyntheticData.Create(scale);
        var build = Stopwatch.StartNew();
        var calculator = ReferenceCalculator.Create(data);
        build.Stop();

        var periods = new List<DateSet?> { null };
        // The fast default covers one year's grid; the full run every year of the data.
        for (var year = full ? 2021 : 2023; year <= (full ? 2024 : 2023); year++)
        {
            periods.Add(DateSet.Year(year));
            periods.AddRange(Enumerable.Range(1, 4).Select(q => DateSet.Quarter(year, q)));
            periods.AddRange(Enumerable.Range(1, 12).Select(m => DateSet.Month(year, m)));
        }
        var slicers = new (Dimension Dimension, string Attribute)[]
        {
            (Dimension.Customer, "Region"), (Dimension.Customer, "Segment"), (Dimension.Rep, "Team"),
            (Dimension.Rep, "Rep Name"), (Dimension.Product, "Product Line"), (Dimension.Channel, "Channel"),
        };
        // One Cell object per filter context, shared by the KPIs that apply to it (as the verifier should do).
        var cells = new List<(ReferenceKpi Kpi, Cell Cell)>();
        foreach (var period in periods)
        {
            var plain = new Cell(period, []);
            cells.AddRange(ReferenceKpi.All.Select(kpi => (kpi, plain)));
            foreach (var (dimension, attribute) in slicers)
            {
                foreach (var value in calculator.MemberValues(dimension, attribute))
                {
                    var sliced = plain.With(dimension, attribute, value);
                    cells.AddRange(ReferenceKpi.All.Where(k => k.IsFilteredBy(dimension)).Select(kpi => (kpi, sliced)));
                }
            }
        }

        var timer = Stopwatch.StartNew();
        var perKpi = new Dictionary<string, double>();
        var nonBlank = 0;
        foreach (var (kpi, cell) in cells)
        {
            var t0 = Stopwatch.GetTimestamp();
            if (calculator.Evaluate(kpi.Name, cell) is not null)
                nonBlank++;
            perKpi[kpi.Name] = perKpi.GetValueOrDefault(kpi.Name) + Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        timer.Stop();
        foreach (var (name, ms) in perKpi.OrderByDescending(p => p.Value).Take(15))
            output.WriteLine($"{name}: {ms:F0} ms");

        var perCell = timer.Elapsed.TotalMilliseconds / cells.Count;
        output.WriteLine($"rows {SyntheticData.RowCount(data)}, build {build.ElapsedMilliseconds} ms, cells {cells.Count} " +
                         $"({nonBlank} not BLANK) in {timer.ElapsedMilliseconds} ms = {perCell:F4} ms per cell");
        Assert.True(nonBlank > cells.Count / 2, "the synthetic data should give values, not BLANKs");
        Assert.True(perCell < 1.0, $"{perCell:F4} ms per cell");
    }
}
