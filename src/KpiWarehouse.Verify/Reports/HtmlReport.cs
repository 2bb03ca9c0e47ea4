using System.Globalization;
using System.Text;
using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Reports;

/// <summary>
/// <c>verify-report.html</c>: one self-contained file (inline CSS and SVG, no script, nothing fetched) a person can
/// open: the summary, the mismatches with their filter context, and per KPI a chart by month and, per check and
/// grain, a grid of agreement (periods × slicers). It is also well-formed XML, so tests can parse it.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>The file name in the report folder.</summary>
    public const string FileName = "verify-report.html";

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.85em; }
        th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: right; }
        th { background: #f2f2f2; } td.text, th.text { text-align: left; }
        .ok { background: #e3f4e1; } .bad { background: #f9d6d5; font-weight: bold; } .none { color: #aaa; }
        .pass { color: #1b7a1b; } .fail { color: #b00020; }
        svg.chart { border: 1px solid #ddd; background: #fff; }
        svg .axis { stroke: #999; } svg text { font-size: 10px; fill: #555; }
        svg .reference { fill: none; stroke: #2b6cb0; stroke-width: 1.5; }
        svg .dax { fill: #2f855a; } svg .differs { fill: #c53030; }
        details { margin: 0.3em 0; } summary { cursor: pointer; }
        """;

    /// <summary>The report as HTML text (deterministic apart from the timings line).</summary>
    public static string Write(VerificationReport report, bool includeTimings = true)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>kpiw verify</title>\n<style>\n")
            .Append(Style).Append("</style>\n</head>\n<body>\n");
        WriteHeader(html, report, includeTimings);
        WriteSummary(html, report);
        WriteMismatches(html, report);
        for (var i = 0; i < report.Kpis.Count; i++)
            WriteKpi(html, report, i);
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void WriteHeader(StringBuilder html, VerificationReport report, bool includeTimings)
    {
        var verdict = report.Passed ? "<span class=\"pass\">passed</span>" : "<span class=\"fail\">FAILED</span>";
        html.Append(CultureInfo.InvariantCulture, $"<h1>kpiw verify: {verdict}</h1>\n<p>{report.CellsChecked:N0} cells checked over {report.Kpis.Count} KPIs, {report.MismatchCount:N0} mismatches. ");
        html.Append("Tolerance: |DAX − reference| ≤ 1e-9 × max(1, |DAX|, |reference|); BLANK equals only BLANK.</p>\n");
        var c = report.Calendar;
        html.Append(CultureInfo.InvariantCulture, $"<p>Date table: model {c.ModelFirst:yyyy-MM-dd} .. {c.ModelLast:yyyy-MM-dd} ({c.ModelDays} days), reference ")
            .Append(c.ReferenceFirst is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none").Append(" .. ")
            .Append(c.ReferenceLast is { } l ? l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none")
            .Append(CultureInfo.InvariantCulture, $" ({c.ReferenceDays} days): ").Append(c.Agrees ? "<span class=\"pass\">same</span>" : "<span class=\"fail\">different</span>").Append(".</p>\n");
        if (includeTimings)
        {
            var t = report.Timings;
            html.Append(CultureInfo.InvariantCulture, $"<p>Time: {t.TotalMs / 1000:0.0} s in all, DAX {t.DaxMs / 1000:0.0} s, reference {t.ReferenceMs / 1000:0.0} s, {t.CellsPerSecond(report.CellsChecked):N0} cells/s.</p>\n");
        }
        // The DAX rows outside the grid (the unknown member on every slicer) are expected: folded, so the page opens
        // on the verdict and the summary; the other notes (failed queries, kpi_monthly rows not compared) stay in view.
        var outside = report.Notes.Where(ResultCollector.IsOutsideGridNote).ToList();
        foreach (var note in report.Notes.Where(n => !ResultCollector.IsOutsideGridNote(n)))
            html.Append("<p class=\"none\">").Append(Html.Text(note)).Append("</p>\n");
        if (outside.Count == 0)
            return;
        html.Append(CultureInfo.InvariantCulture, $"<details class=\"notes\">\n<summary>{outside.Count} note(s): DAX rows for members the grid does not have (such as the unknown member) were not compared</summary>\n<ul>\n");
        foreach (var note in outside)
            html.Append("<li class=\"none\">").Append(Html.Text(note)).Append("</li>\n");
        html.Append("</ul>\n</details>\n");
    }

    private static void WriteSummary(StringBuilder html, VerificationReport report)
    {
        var tallies = report.Tallies.ToLookup(t => t.Kpi);
        var families = report.Tallies.Select(t => t.Family).Distinct().ToList();
        html.Append("<h2>Summary</h2>\n<table>\n<tr><th class=\"text\">KPI</th><th>cells</th><th>mismatches</th>");
        foreach (var family in families)
            html.Append("<th>").Append(Html.Text(family)).Append("</th>");
        html.Append("</tr>\n");
        for (var i = 0; i < report.Kpis.Count; i++)
        {
            var kpi = report.Kpis[i];
            var bad = tallies[kpi].Sum(t => t.Mismatches);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"text\"><a href=\"#kpi-{i}\">{Html.Text(kpi)}</a></td><td>{tallies[kpi].Sum(t => t.Checked)}</td><td class=\"{(bad == 0 ? "ok" : "bad")}\">{bad}</td>");
            foreach (var family in families)
                html.Append(Agreement(tallies[kpi].Where(t => t.Family == family).Sum(t => t.Checked), tallies[kpi].Where(t => t.Family == family).Sum(t => t.Mismatches)));
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void WriteMismatches(StringBuilder html, VerificationReport report)
    {
        if (report.Mismatches.Count == 0)
            return;
        html.Append("<h2>Mismatches</h2>\n<table>\n<tr><th class=\"text\">KPI</th><th class=\"text\">filter context</th><th>DAX / SQL</th><th>reference</th><th class=\"text\">why</th></tr>\n");
        foreach (var m in report.Mismatches)
        {
            html.Append("<tr><td class=\"text\">").Append(Html.Text(m.Kpi)).Append("</td><td class=\"text\">").Append(Html.Text(m.Context))
                .Append("</td><td>").Append(Html.Text(DaxValues.Show(m.Dax))).Append("</td><td>").Append(Html.Text(DaxValues.Show(m.Reference)))
                .Append("</td><td class=\"text\">").Append(Html.Text(m.Reason)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>A table cell: ✓ and the count when all agree, ✗ mismatches/checked otherwise, a dash without cells.</summary>
    private static string Agreement(long checkedCells, long mismatches) => checkedCells == 0 ? "<td class=\"none\">–</td>"
        : mismatches == 0 ? $"<td class=\"ok\">✓ {checkedCells.ToString(CultureInfo.InvariantCulture)}</td>"
        : $"<td class=\"bad\">✗ {mismatches.ToString(CultureInfo.InvariantCulture)}/{checkedCells.ToString(CultureInfo.InvariantCulture)}</td>";
}
