using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Reference.Reading;

/// <summary>Reads one canonical raw file into typed rows, leaving out the rows the quarantine names.</summary>
public static class RawFileReader
{
    /// <summary>The accepted rows of <paramref name="text"/>, the file of <paramref name="entity"/>.</summary>
    /// <param name="entity">The contract entity of the file.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="locale">Delimiter and number style.</param>
    /// <param name="quarantine">The load's rejected rows.</param>
    /// <param name="findings">Receives a diagnostic per row the reference skips.</param>
    public static (List<ParsedRow> Rows, RawFileStats Stats) Read(
        RawEntity entity, string text, RawLocale locale, QuarantineFile quarantine, List<Diagnostic> findings)
    {
        var rows = new List<ParsedRow>();
        int read = 0, quarantined = 0, skipped = 0;
        int[]? map = null;
        var headerCount = 0;
        foreach (var record in CsvReader.Records(text, locale.Delimiter()))
        {
            if (map is null)
            {
                headerCount = record.Fields.Count;
                map = MapHeader(entity, record, findings);
                continue;
            }
            read++;
            if (quarantine.IsQuarantined(entity.Name, record.Line))
            {
                quarantined++;
                continue;
            }
            var location = $"{entity.FileName}:{record.Line}";
            if (record.Fields.Count != headerCount)
            {
                findings.Add(ReferenceDiagnostics.FieldCount(location, headerCount, record.Fields.Count));
                skipped++;
                continue;
            }
            var values = ParseValues(entity, map, record, locale, location, findings);
            if (values is null)
            {
                skipped++;
                continue;
            }
            rows.Add(new ParsedRow(entity, values, record.Line));
        }
        if (map is null)
            findings.Add(ReferenceDiagnostics.HeaderProblem(entity.FileName, "the file has no header row"));
        return (rows, new RawFileStats(entity.Name, true, read, quarantined, skipped));
    }

    private static int[] MapHeader(RawEntity entity, CsvRecord header, List<Diagnostic> findings)
    {
        var names = header.Fields.Select(f => f.Trim()).ToList();
        var map = new int[entity.Columns.Count];
        for (var i = 0; i < entity.Columns.Count; i++)
        {
            var column = entity.Columns[i];
            map[i] = names.FindIndex(n => n.Equals(column.Name, StringComparison.OrdinalIgnoreCase));
            if (map[i] < 0 && column.Required)
                findings.Add(ReferenceDiagnostics.HeaderProblem($"{entity.FileName}:1", $"the header lacks the required column {column.Name}"));
        }
        return map;
    }

    private static object?[]? ParseValues(
        RawEntity entity, int[] map, CsvRecord record, RawLocale locale, string location, List<Diagnostic> findings)
    {
        var values = new object?[entity.Columns.Count];
        for (var i = 0; i < entity.Columns.Count; i++)
        {
            var column = entity.Columns[i];
            var text = map[i] < 0 ? "" : record.Fields[map[i]];
            var isEmpty = column.Type == RawType.Text ? text.Length == 0 : string.IsNullOrWhiteSpace(text);
            if (isEmpty)
            {
                if (column.Required)
                {
                    findings.Add(ReferenceDiagnostics.BadValue(location, column.Name, "a required value is empty"));
                    return null;
                }
                continue;
            }
            if (!ValueParser.TryParse(column, text, locale, out var value))
            {
                findings.Add(ReferenceDiagnostics.BadValue(location, column.Name, $"'{text}' is not a valid {column.Type.ToString().ToLowerInvariant()}"));
                return null;
            }
            values[i] = value;
        }
        return values;
    }
}
