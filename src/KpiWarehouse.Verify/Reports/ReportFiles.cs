using System.Text;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Reports;

/// <summary>Writes <c>verify-report.json</c> and <c>verify-report.html</c> into a folder.</summary>
public static class ReportFiles
{
    /// <summary>Writes both reports into <paramref name="folder"/> (created if needed); returns their paths.</summary>
    public static Outcome<(string Json, string Html)> Write(VerificationReport report, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var json = Path.GetFullPath(Path.Combine(folder, JsonReport.FileName));
            var html = Path.GetFullPath(Path.Combine(folder, HtmlReport.FileName));
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(json, JsonReport.Write(report), utf8);
            File.WriteAllText(html, HtmlReport.Write(report), utf8);
            return Outcome<(string, string)>.Ok((json, html));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return VerifyDiagnostics.ReportUnwritable(folder, e.Message);
        }
    }
}
