using System.Globalization;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Cli.Commands;

/// <summary>What <c>kpiw verify</c> prints: the summary table, the first mismatches and where the reports are.</summary>
public static class VerifySummary
{
    private const int MismatchesShown = 10;
    private const int NotesShown = 8;

    /// <summary>Writes the summary of <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Print(VerificationReport report, IReadOnlyList<Diagnostic> findings, (string Json, string Html) files, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        var tallies = report.Tallies.ToLookup(t => t.Kpi);
        var slowest = report.Timings.Kpis.ToDictionary(k => k.Kpi, StringComparer.Ordinal);
        var width = Math.Max(3, report.Kpis.Max(k => k.Length));
        output.WriteLine(string.Create(invariant, $"{"KPI".PadRight(width)}  {"cells",8}  {"mismatches",10}  slowest query"));
        foreach (var kpi in report.Kpis)
        {
            var time = slowest[kpi];
            output.WriteLine(string.Create(invariant,
                $"{kpi.PadRight(width)}  {tallies[kpi].Sum(t => t.Checked),8}  {tallies[kpi].Sum(t => t.Mismatches),10}  {time.SlowestBatch} ({time.SlowestBatchMs:0.0} ms)"));
        }
        var t = report.Timings;
        output.WriteLine(string.Create(invariant,
            $"{report.CellsChecked} cells checked, {report.MismatchCount} mismatches; {t.TotalMs / 1000:0.0} s (DAX {t.DaxMs / 1000:0.0} s, reference {t.ReferenceMs / 1000:0.0} s), {t.CellsPerSecond(report.CellsChecked):0} cells/s"));
        var sql = report.Tallies.Where(x => x.Family == "sql").ToList();
        if (sql.Count > 0)
            output.WriteLine(string.Create(invariant,
                $"of which the sql check (kpi_monthly against the reference, by month): {sql.Sum(x => x.Checked)} cells, {sql.Sum(x => x.Mismatches)} mismatches"));
        var c = report.Calendar;
        if (!c.Agrees)
            output.WriteLine(string.Create(invariant, $"The date tables differ: model {c.ModelFirst:yyyy-MM-dd}..{c.ModelLast:yyyy-MM-dd}, reference {c.ReferenceFirst:yyyy-MM-dd}..{c.ReferenceLast:yyyy-MM-dd}."));
        if (report.Mismatches.Count > 0)
        {
            output.WriteLine("First mismatches:");
            foreach (var m in report.Mismatches.Take(MismatchesShown))
                output.WriteLine($"  {m.Kpi} [{m.Context}]: {(m.Check == "sql" ? "SQL" : "DAX")} {DaxValues.Show(m.Dax)}, reference {DaxValues.Show(m.Reference)} ({m.Reason})");
        }
        foreach (var note in report.Notes.Take(NotesShown))
            output.WriteLine($"Note: {note}");
        if (report.Notes.Count > NotesShown)
            output.WriteLine(string.Create(invariant, $"({report.Notes.Count - NotesShown} more notes in the report)"));
        if (findings.Count > 0)
            output.WriteLine(string.Create(invariant, $"The reference skipped {findings.Count} accepted row(s) it could not read (first: {findings[0]})."));
        output.WriteLine($"Reports: {files.Json}");
        output.WriteLine($"         {files.Html}");
    }
}
