using System.Text.Json;
using System.Xml;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Reports;
using KpiWarehouse.Verify.Running;
using KpiWarehouse.Verify.Tests.Fakes;

namespace KpiWarehouse.Verify.Tests;

/// <summary>verify-report.json and verify-report.html.</summary>
public sealed class ReportTests
{
    private static VerificationReport RevenueRun()
    {
        var kpis = TestData.Kpis().Where(k => k.Name is "Revenue" or "Win Rate").ToList();
        var dax = new OracleDaxRunner(TestData.Calculator()).Plant("Revenue", "2024-03", "North", 123.45).Plant("Win Rate", "2024-03", null, 0.987654);
        return new Verifier(dax, TestData.Calculator(), new VerifyOptions(RlsUsersPerRole: 1)).Run(kpis).Value;
    }

    [Fact]
    public void Json_TwoRunsOfTheSameInput_AreIdenticalApartFromTimings()
    {
        var first = JsonReport.Write(RevenueRun(), includeTimings: false);
        var second = JsonReport.Write(RevenueRun(), includeTimings: false);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Json_SmallRun_MatchesGoldenFile()
    {
        var actual = JsonReport.Write(RevenueRun(), includeTimings: false);
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", "verify-report.json");
        if (Environment.GetEnvironmentVariable("KPIW_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "Golden", "verify-report.json"), actual);
            return;
        }
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Fact]
    public void Json_TimingsComeLast_AndMismatchesCarryTheirContext()
    {
        using var json = JsonDocument.Parse(JsonReport.Write(RevenueRun()));
        var root = json.RootElement;
        Assert.Equal("timings", root.EnumerateObject().Last().Name);
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(2, root.GetProperty("mismatches").GetInt64());
        var first = root.GetProperty("mismatch_list")[0];
        Assert.Equal(("Revenue", "month", "2024-03", "'Customer'[Region]", "North", 123.45),
            (first.GetProperty("kpi").GetString(), first.GetProperty("grain").GetString(), first.GetProperty("period").GetString(),
             first.GetProperty("slicer").GetString(), first.GetProperty("member").GetString(), first.GetProperty("dax").GetDouble()));
        Assert.Equal(["Revenue", "Win Rate"], root.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("name").GetString()));
    }

    [Fact]
    public void Html_IsWellFormed_SelfContained_AndShowsGridsAndCharts()
    {
        var html = HtmlReport.Write(RevenueRun());
        using (var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            while (reader.Read())
            {
            }
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("class=\"dax differs\"", html, StringComparison.Ordinal); // Win Rate in 2024-03, no slicer: a red dot
        Assert.Contains("✗ 1/", html, StringComparison.Ordinal);
        Assert.Contains("FAILED", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_NotesAboutRowsOutsideTheGrid_AreFoldedIntoOneCollapsedSectionAfterTheVerdict()
    {
        var report = RevenueRun();
        var outside = report.Notes.Count(n => n.Contains("DAX rows for values the grid does not have", StringComparison.Ordinal));
        Assert.True(outside > 0, "the fake engine shows (Unknown) rows on every slicer");

        var html = HtmlReport.Write(report);

        var details = html.IndexOf("<details class=\"notes\">", StringComparison.Ordinal);
        Assert.True(details > html.IndexOf("<h1>", StringComparison.Ordinal) && details < html.IndexOf("<h2>Summary</h2>", StringComparison.Ordinal));
        Assert.Contains($"<summary>{outside} note(s): DAX rows for members the grid does not have", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"none\">'Customer'[Region]: DAX rows", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<details class=\"notes\">").Length - 1);
    }

    [Fact]
    public void Html_TwoRuns_IdenticalWithoutTimings() =>
        Assert.Equal(HtmlReport.Write(RevenueRun(), includeTimings: false), HtmlReport.Write(RevenueRun(), includeTimings: false));

    [Fact]
    public void ReportFiles_WritesBothFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpiw-verify-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = ReportFiles.Write(RevenueRun(), folder);
            Assert.True(written.IsSuccess);
            Assert.True(File.Exists(written.Value.Json));
            Assert.True(File.Exists(written.Value.Html));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SvgChart_EveryMonthBlank_SaysSo_AndDifferingMonthIsRed()
    {
        Assert.Contains("every month is BLANK", SvgChart.Render("K", [new SeriesPoint("2024-01", null, null)], _ => false), StringComparison.Ordinal);
        var svg = SvgChart.Render("K", [new SeriesPoint("2024-01", 1, 1), new SeriesPoint("2024-02", 5, 2), new SeriesPoint("2024-03", null, 3)], p => p.Period == "2024-02");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "class=\"dax differs\""));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "class=\"dax\"")); // 2024-03 is BLANK in DAX: no dot
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(svg, "<circle class=\"reference\"").Count);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
