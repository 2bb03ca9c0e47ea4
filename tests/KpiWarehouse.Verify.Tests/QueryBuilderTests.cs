using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Verify.Dax;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Tests;

/// <summary>
/// The DAX text of each batch shape, compared with Golden/*.dax. Set KPIW_ACCEPT_GOLDEN=1 to rewrite the golden files
/// from the current output (then review the diff).
/// </summary>
public sealed class QueryBuilderTests
{
    private static readonly Calendar Year2024 = Calendar.From(DateSet.Year(2024).Dates())!;

    private static readonly VerifiedKpi[] Kpis =
    [
        new("Revenue", [Dimension.Customer, Dimension.Rep, Dimension.Product], IsAdditive: true, TargetMetric: "REVENUE"),
        new("Leads Answered in 5 Min %", [Dimension.Rep, Dimension.Channel]),
        new("Odd ]Name[ \"quoted\"", [Dimension.Customer], IsAdditive: true),
    ];

    private static Batch Shape(Check check, Grain grain, Slicer slicer) =>
        new(check, grain, slicer, Kpis.Where(k => k.IsSlicedBy(slicer)
            && (check.Kind != CheckKind.TimeItem || k.IsAdditive) && (check.Kind != CheckKind.Target || k.TargetMetric is not null)).ToList(), Year2024.Periods(grain), slicer.IsNone ? [] : ["x"]);

    public static TheoryData<string> Cases => new(Golden.Keys);

    private static readonly Dictionary<string, Batch> Golden = new()
    {
        ["all-time-no-slicer"] = Shape(Check.Measure, Grain.AllTime, Slicer.None),
        ["all-time-by-channel"] = Shape(Check.Measure, Grain.AllTime, Slicer.All[5]),
        ["month-by-region"] = Shape(Check.Measure, Grain.Month, Slicer.All[0]),
        ["year-month-by-rep-name"] = Shape(Check.Measure, Grain.Month, Slicer.RepName),
        ["quarter-no-slicer"] = Shape(Check.Measure, Grain.Quarter, Slicer.None),
        ["time-yoy-percent-month"] = Shape(Check.Time("YoY %"), Grain.Month, Slicer.None),
        ["target-year-by-rep-name"] = Shape(Check.Target, Grain.Year, Slicer.RepName),
        ["role-rep-year"] = Shape(Check.AsUser("Rep", "ann@example.com"), Grain.Year, Slicer.None),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_BatchShape_MatchesGoldenFile(string name)
    {
        var actual = QueryBuilder.Build(Golden[name]);
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name + ".dax");
        if (Environment.GetEnvironmentVariable("KPIW_ACCEPT_GOLDEN") == "1")
        {
            var source = Path.Combine(SourceFolder(), "Golden", name + ".dax");
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {name}.dax; run with KPIW_ACCEPT_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void GroupingColumnCount_PeriodThenSlicer()
    {
        Assert.Equal(0, QueryBuilder.GroupingColumnCount(Golden["all-time-no-slicer"]));
        Assert.Equal(1, QueryBuilder.GroupingColumnCount(Golden["all-time-by-channel"]));
        Assert.Equal(1, QueryBuilder.GroupingColumnCount(Golden["quarter-no-slicer"]));
        Assert.Equal(2, QueryBuilder.GroupingColumnCount(Golden["month-by-region"]));
    }

    [Theory]
    [InlineData("Date", "'Date'")]
    [InlineData("Rep's Table", "'Rep''s Table'")]
    public void Table_QuotesAndDoublesApostrophes(string name, string expected) => Assert.Equal(expected, DaxSyntax.Table(name));

    [Theory]
    [InlineData("Win Rate", "[Win Rate]")]
    [InlineData("Leads Answered in 5 Min %", "[Leads Answered in 5 Min %]")]
    [InlineData("a]b", "[a]]b]")]
    public void Name_BracketsAndDoublesClosingBracket(string name, string expected) => Assert.Equal(expected, DaxSyntax.Name(name));

    [Fact]
    public void String_DoublesQuotes() => Assert.Equal("\"say \"\"hi\"\"\"", DaxSyntax.String("say \"hi\""));

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
