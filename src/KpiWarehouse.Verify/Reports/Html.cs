using System.Net;

namespace KpiWarehouse.Verify.Reports;

/// <summary>Text escaping for the HTML report, which is also well-formed XML (numeric character references only).</summary>
internal static class Html
{
    public static string Text(string? text) => text is null ? "" : WebUtility.HtmlEncode(text);
}
