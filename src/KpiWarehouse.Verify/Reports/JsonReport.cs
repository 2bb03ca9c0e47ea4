using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Reports;

/// <summary>
/// <c>verify-report.json</c> (docs/verify.md, "verify-report.json"): keys in a fixed order, KPIs in catalog order,
/// invariant numbers, BLANK as null. The <c>timings</c> section comes last and is the only part that differs between
/// two runs over the same inputs.
/// </summary>
public static class JsonReport
{
    /// <summary>The file name in the report folder.</summary>
    public const string FileName = "verify-report.json";

    /// <summary>The report as indented UTF-8 JSON text; without <paramref name="includeTimings"/> it is deterministic.</summary>
    public static string Write(VerificationReport report, bool includeTimings = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "kpiw verify");
            json.WriteBoolean("passed", report.Passed);
            json.WriteNumber("cells_checked", report.CellsChecked);
            json.WriteNumber("mismatches", report.MismatchCount);
            json.WriteStartObject("tolerance");
            json.WriteNumber("relative", Tolerance.Epsilon);
            json.WriteNumber("absolute_near_zero", Tolerance.Epsilon);
            json.WriteString("blank", "BLANK equals only BLANK; 0 is not BLANK");
            json.WriteEndObject();
            WriteCalendar(json, report.Calendar);
            WriteKpis(json, report);
            json.WriteStartArray("mismatch_list");
            foreach (var m in report.Mismatches)
                WriteMismatch(json, m);
            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in report.Notes)
                json.WriteStringValue(note);
            json.WriteEndArray();
            if (includeTimings)
                WriteTimings(json, report);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCalendar(Utf8JsonWriter json, CalendarCheck calendar)
    {
        json.WriteStartObject("date_table");
        json.WriteBoolean("agrees", calendar.Agrees);
        json.WriteString("model_first", calendar.ModelFirst.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("model_last", calendar.ModelLast.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("model_days", calendar.ModelDays);
        WriteDate(json, "reference_first", calendar.ReferenceFirst);
        WriteDate(json, "reference_last", calendar.ReferenceLast);
        json.WriteNumber("reference_days", calendar.ReferenceDays);
        json.WriteEndObject();
    }

    private static void WriteKpis(Utf8JsonWriter json, VerificationReport report)
    {
        var tallies = report.Tallies.ToLookup(t => t.Kpi);
        json.WriteStartArray("kpis");
        foreach (var kpi in report.Kpis)
        {
            json.WriteStartObject();
            json.WriteString("name", kpi);
            json.WriteNumber("cells_checked", tallies[kpi].Sum(t => t.Checked));
            json.WriteNumber("mismatches", tallies[kpi].Sum(t => t.Mismatches));
            json.WriteStartArray("checks");
            foreach (var tally in tallies[kpi])
            {
                json.WriteStartObject();
                json.WriteString("check", tally.Family);
                json.WriteString("grain", tally.Grain.Label());
                json.WriteNumber("cells_checked", tally.Checked);
                json.WriteNumber("mismatches", tally.Mismatches);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteMismatch(Utf8JsonWriter json, Mismatch m)
    {
        json.WriteStartObject();
        json.WriteString("kpi", m.Kpi);
        json.WriteString("check", m.Check);
        json.WriteString("grain", m.Grain.Label());
        json.WriteString("period", m.Period);
        json.WriteString("slicer", m.Slicer);
        if (m.Member is null) json.WriteNull("member"); else json.WriteString("member", m.Member);
        json.WritePropertyName("dax");
        WriteValue(json, m.Dax);
        json.WritePropertyName("reference");
        if (m.Reference is { } r) json.WriteNumberValue(r); else json.WriteNullValue();
        json.WriteString("reason", m.Reason);
        json.WriteEndObject();
    }

    private static void WriteTimings(Utf8JsonWriter json, VerificationReport report)
    {
        var t = report.Timings;
        json.WriteStartObject("timings");
        json.WriteNumber("total_ms", Math.Round(t.TotalMs, 1));
        json.WriteNumber("dax_ms", Math.Round(t.DaxMs, 1));
        json.WriteNumber("reference_ms", Math.Round(t.ReferenceMs, 1));
        json.WriteNumber("cells_per_second", Math.Round(t.CellsPerSecond(report.CellsChecked), 1));
        json.WriteStartArray("queries");
        foreach (var b in t.Batches)
        {
            json.WriteStartObject();
            json.WriteString("batch", b.Batch);
            json.WriteNumber("cells", b.Cells);
            json.WriteNumber("dax_ms", Math.Round(b.DaxMs, 2));
            json.WriteNumber("reference_ms", Math.Round(b.ReferenceMs, 2));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("kpis");
        foreach (var k in t.Kpis)
        {
            json.WriteStartObject();
            json.WriteString("name", k.Kpi);
            json.WriteNumber("reference_ms", Math.Round(k.ReferenceMs, 2));
            json.WriteString("slowest_query", k.SlowestBatch);
            json.WriteNumber("slowest_query_ms", Math.Round(k.SlowestBatchMs, 2));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case long l: json.WriteNumberValue(l); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            default: json.WriteStringValue(DaxValues.Show(value)); break;
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); else json.WriteNull(name);
    }
}
