using System.Globalization;
using System.Text;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Reports;

/// <summary>
/// A small inline SVG line chart of a KPI by month: the reference as a line with rings, the DAX values as dots (red
/// where they differ). BLANK months break the line and have no mark. Well-formed XML, no script, no external resource.
/// </summary>
public static class SvgChart
{
    private const double Width = 640, Height = 170, Left = 70, Right = 10, Top = 10, Bottom = 30;

    /// <summary>The chart of <paramref name="points"/>; <paramref name="differs"/> says which months mismatch.</summary>
    public static string Render(string title, IReadOnlyList<SeriesPoint> points, Func<SeriesPoint, bool> differs)
    {
        var values = points.SelectMany(p => new[] { p.Dax, p.Reference }).OfType<double>().Where(double.IsFinite).ToList();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        svg.Append("<title>").Append(Html.Text(title)).Append("</title>");
        if (points.Count == 0 || values.Count == 0)
            return svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height / 2}\">every month is BLANK</text></svg>").ToString();

        var (min, max) = (Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        if (max - min < 1e-12)
            max = min + 1;
        double X(int i) => Left + (points.Count == 1 ? 0 : i * (Width - Left - Right) / (points.Count - 1));
        double Y(double v) => Top + (max - v) * (Height - Top - Bottom) / (max - min);

        svg.Append(Line(Left, Y(0), Width - Right, Y(0), "axis"));
        svg.Append(Label(Left - 4, Y(max) + 4, Number(max), "end"));
        svg.Append(Label(Left - 4, Y(min) + 4, Number(min), "end"));
        svg.Append(Label(X(0), Height - 8, points[0].Period, "start"));
        svg.Append(Label(X(points.Count - 1), Height - 8, points[^1].Period, "end"));

        // The reference line, one polyline per run of non-BLANK months.
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
                svg.Append("<polyline class=\"reference\" points=\"").Append(string.Join(' ', run)).Append("\"/>");
            run.Clear();
        }
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Reference is { } r && double.IsFinite(r))
                run.Add(FormattableString.Invariant($"{X(i):0.#},{Y(r):0.#}"));
            else
                Flush();
        }
        Flush();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Reference is { } r && double.IsFinite(r))
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"reference\" cx=\"{X(i):0.#}\" cy=\"{Y(r):0.#}\" r=\"4\"/>");
        }
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Dax is not { } d || !double.IsFinite(d))
                continue;
            var css = differs(points[i]) ? "dax differs" : "dax";
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{css}\" cx=\"{X(i):0.#}\" cy=\"{Y(d):0.#}\" r=\"2.5\"><title>{Html.Text(points[i].Period)}: DAX {Number(d)}, reference {(points[i].Reference is { } r ? Number(r) : "BLANK")}</title></circle>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Line(double x1, double y1, double x2, double y2, string css) =>
        FormattableString.Invariant($"<line class=\"{css}\" x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\"/>");

    private static string Label(double x, double y, string text, string anchor) =>
        FormattableString.Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\">{Html.Text(text)}</text>");

    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
