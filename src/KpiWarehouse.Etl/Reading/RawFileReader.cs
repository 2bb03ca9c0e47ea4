using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Etl.Reading;

/// <summary>
/// Reads one canonical raw file into <c>raw_&lt;entity&gt;</c>: every contract column as VARCHAR (no type
/// inference; empty cell = NULL), plus <c>row_id</c> and the record's 1-based <c>line_number</c> (header =
/// line 1). Records whose shape or bytes are broken are rejected here, with their raw text.
/// </summary>
internal static class RawFileReader
{
    public static void CreateTable(DuckDBConnection connection, RawEntity entity, string? table = null)
    {
        var columns = string.Join(", ", entity.Columns.Select(c => $"{c.Name} varchar"));
        Sql.Execute(connection, $"create or replace table {table ?? $"raw_{entity.Name}"} (row_id bigint, line_number bigint, {columns})");
    }

    /// <summary>Reads the file into <c>raw_&lt;entity&gt;</c> (or <paramref name="table"/>), which <see cref="CreateTable"/> made.</summary>
    public static Outcome<RawFileResult> Read(
        DuckDBConnection connection, RawEntity entity, string path, char delimiter, IProgress<ProgressUpdate>? progress, bool appending,
        string? table = null)
    {
        var file = entity.FileName;
        if (!File.Exists(path))
        {
            if (entity.IsRequired && !appending)
                return LoadDiagnostics.Error(LoadDiagnostics.RequiredFileMissing, $"{file} is required and was not found in the raw folder", file);
            return Outcome<RawFileResult>.Ok(new RawFileResult(file, false, 0, null, 0, [], appending ? [] :
                [new(LoadDiagnostics.OptionalFileMissing, $"{file} not found: {entity.Name} is empty (its KPIs are BLANK)", file)]));
        }

        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadDiagnostics.Error(LoadDiagnostics.UnreadableFile, $"cannot open the file: {e.Message}", file);
        }

        using var reader = new CsvRecordReader(stream, delimiter);
        if (!reader.Read())
            return LoadDiagnostics.Error(LoadDiagnostics.EmptyFile, "the file is empty (no header row)", file);
        if (reader.InvalidUtf8)
            return LoadDiagnostics.Error(LoadDiagnostics.HeaderNotUtf8, "the header is not valid UTF-8 (save the file as UTF-8)", $"{file}:{reader.LineNumber}");
        var map = HeaderMap.Create(entity, reader.Fields, delimiter, reader.LineNumber);
        if (!map.IsSuccess)
            return map.Error!;

        var positions = map.Value.Positions;
        var rejected = new List<QuarantineEntry>();
        long rows = 0;
        using (var appender = connection.CreateAppender(table ?? $"raw_{entity.Name}"))
        {
            while (reader.Read())
            {
                rows++;
                var line = reader.LineNumber;
                if (reader.Unterminated)
                    rejected.Add(new(line, null, LoadDiagnostics.UnterminatedQuote, "a quoted field is not closed before the end of the file", reader.RawText));
                else if (reader.Fields.Count != map.Value.FieldCount)
                    rejected.Add(new(line, null, LoadDiagnostics.RaggedRow,
                        $"the row has {reader.Fields.Count} fields, the header has {map.Value.FieldCount}", reader.RawText));
                else
                {
                    // A row with bad bytes still goes to raw_<entity> (rejected by its quarantine entry), so the
                    // rows naming its key are rejected as a cascade rather than as unknown references.
                    if (reader.InvalidUtf8)
                        rejected.Add(new(line, null, LoadDiagnostics.InvalidUtf8, "the row has bytes that are not valid UTF-8", reader.RawText));
                    var row = appender.CreateRow().AppendValue(line).AppendValue(line);
                    foreach (var position in positions)
                    {
                        var value = position < 0 ? null : reader.Fields[position];
                        if (string.IsNullOrEmpty(value))
                            row.AppendNullValue();
                        else
                            row.AppendValue(value);
                    }
                    row.EndRow();
                }
                if ((rows & 0xFFFF) == 0)
                    progress?.Report(new ProgressUpdate($"read {file}", reader.Position, stream.Length));
            }
        }
        var (size, sha256) = reader.Finish();
        progress?.Report(new ProgressUpdate($"read {file}", size, size));

        var warnings = map.Value.Warnings.ToList();
        if (rows == 0)
        {
            if (entity.IsRequired && !appending)
                return LoadDiagnostics.Error(LoadDiagnostics.NoReps, $"{file} has a header but no rows; at least one rep is required", file);
            warnings.Add(new(LoadDiagnostics.HeaderOnly, $"{file} has a header but no rows: {entity.Name} is empty", file));
        }
        return Outcome<RawFileResult>.Ok(new RawFileResult(file, true, size, sha256, rows, rejected, warnings));
    }
}
