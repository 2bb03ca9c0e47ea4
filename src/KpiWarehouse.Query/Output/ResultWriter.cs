using System.Text;
using System.Text.Json;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Query.Output;

/// <summary>Writes a query's result tables as a table, CSV or JSON (model-contract.md, <c>kpiw query</c>).</summary>
public static class ResultWriter
{
    /// <summary>Writes every table of <paramref name="tables"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ResultTable> tables, ResultFormat format)
    {
        switch (format)
        {
            case ResultFormat.Csv:
                for (var i = 0; i < tables.Count; i++)
                {
                    if (i > 0)
                        output.Write('\n');
                    WriteCsv(output, tables[i]);
                }
                break;
            case ResultFormat.Json:
                WriteJson(output, tables);
                break;
            default:
                foreach (var table in tables)
                    WriteTable(output, table);
                break;
        }
    }

    private static void WriteCsv(TextWriter output, ResultTable table)
    {
        output.Write(string.Join(',', table.Columns.Select(c => CsvField(c.Name))));
        output.Write('\n');
        foreach (var row in table.Rows)
        {
            output.Write(string.Join(',', row.Select(v => CsvField(ResultValues.Text(v) ?? ""))));
            output.Write('\n');
        }
    }

    private static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    private static void WriteJson(TextWriter output, IReadOnlyList<ResultTable> tables)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("results");
            foreach (var table in tables)
            {
                json.WriteStartObject();
                json.WriteStartArray("columns");
                foreach (var column in table.Columns)
                    json.WriteStringValue(column.Name);
                json.WriteEndArray();
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartArray();
                    foreach (var value in row)
                        WriteJsonValue(json, value);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void WriteJsonValue(Utf8JsonWriter json, DaxValue value)
    {
        switch (value.Type)
        {
            case DaxType.Blank: json.WriteNullValue(); break;
            case DaxType.Boolean: json.WriteBooleanValue(value.BooleanValue); break;
            case DaxType.Integer: json.WriteNumberValue(value.IntegerValue); break;
            case DaxType.Currency: json.WriteNumberValue(value.AsDecimal()); break;
            case DaxType.Double when double.IsFinite(value.DoubleBits): json.WriteNumberValue(value.DoubleBits); break;
            default: json.WriteStringValue(ResultValues.Text(value)); break;
        }
    }

    private static void WriteTable(TextWriter output, ResultTable table)
    {
        var cells = table.Rows.Select(r => r.Select(v => ResultValues.Text(v) ?? "(blank)").ToArray()).ToList();
        var widths = table.Columns.Select((c, i) => Math.Max(c.Name.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", table.Columns.Select((c, i) => c.Name.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((v, i) => IsNumeric(v) ? v.PadLeft(widths[i]) : v.PadRight(widths[i]))).TrimEnd());
        output.WriteLine($"({table.Rows.Count} row{(table.Rows.Count == 1 ? "" : "s")})");
    }

    private static bool IsNumeric(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
