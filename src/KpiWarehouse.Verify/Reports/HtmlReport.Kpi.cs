using System.Text;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Reports;

public static partial class HtmlReport
{
    private static void WriteKpi(StringBuilder html, VerificationReport report, int index)
    {
        var kpi = report.Kpis[index];
        var cells = report.Agreement.Where(a => a.Kpi == kpi).ToList();
        var bad = cells.Sum(c => c.Mismatches);
        html.Append($"<h2 id=\"kpi-{index}\">").Append(Html.Text(kpi)).Append(bad == 0 ? " <span class=\"pass\">✓</span>" : " <span class=\"fail\">✗</span>").Append("</h2>\n");
        if (report.Series.TryGetValue(kpi, out var series))
        {
            var differing = report.Mismatches.Where(m => m.Kpi == kpi && m.Check == "measure" && m.Grain == Grain.Month && m.Member is null)
                .Select(m => m.Period).ToHashSet(StringComparer.Ordinal);
            html.Append("<p>").Append(SvgChart.Render($"{kpi} by month (line and rings: reference, dots: DAX)", series, p => differing.Contains(p.Period))).Append("</p>\n");
        }
        foreach (var group in cells.GroupBy(c => (c.Family, c.Grain)))
        {
            var slicers = group.Select(c => c.Slicer).Distinct().ToList();
            var groupBad = group.Sum(c => c.Mismatches);
            html.Append(groupBad > 0 ? "<details open=\"open\">" : "<details>")
                .Append("<summary>").Append(Html.Text($"{group.Key.Family} · {group.Key.Grain.Label()}: {group.Sum(c => c.Checked)} cells, {groupBad} mismatches")).Append("</summary>\n");
            html.Append("<table>\n<tr><th class=\"text\">period</th>");
            foreach (var slicer in slicers)
                html.Append("<th>").Append(Html.Text(slicer)).Append("</th>");
            html.Append("</tr>\n");
            foreach (var period in group.GroupBy(c => c.Period))
            {
                html.Append("<tr><td class=\"text\">").Append(Html.Text(period.Key)).Append("</td>");
                var bySlicer = period.ToDictionary(c => c.Slicer, StringComparer.Ordinal);
                foreach (var slicer in slicers)
                {
                    var cell = bySlicer.GetValueOrDefault(slicer);
                    html.Append(Agreement(cell?.Checked ?? 0, cell?.Mismatches ?? 0));
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n</details>\n");
        }
    }
}
