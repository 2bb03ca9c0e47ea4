using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl.Reading;

/// <summary>
/// Reads one canonical raw file into <c>stg_&lt;entity&gt;</c>: every contract column typed by the contract's parsing
/// rules (<see cref="ValueParser"/>; never type inference; empty cell = NULL), plus <c>row_id</c> and the record's 1-based
/// <c>line_number</c> (header = line 1). Each row's values are checked by <see cref="ValueRules"/> as they are typed and
/// the broken ones recorded in <c>q_all</c>; the row is still stored, so the entity rules see it and a row naming
/// its key is rejected as a cascade. Records whose shape is broken are rejected here, with their raw text.
/// </summary>
internal static class RawFileReader
{
    public static void CreateTable(DuckDBConnection connection, RawEntity entity, string? table = null)
    {
        var columns = string.Join(", ", entity.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
        Sql.Execute(connection, $"create or replace table {table ?? $"stg_{entity.Name}"} (row_id bigint, line_number bigint, {columns})");
    }

    /// <summary>Reads the file into <c>stg_&lt;entity&gt;</c> (or <paramref name="table"/>), which <see cref="CreateTable"/> made.
    /// Broken values go to <c>q_all</c> unless <paramref name="recordFailures"/> is false (a published generation's rows).</summary>
    public static Outcome<RawFileResult> Read(
        DuckDBConnection connection, RawEntity entity, string path, char delimiter, bool decimalComma, IProgress<ProgressUpdate>? progress,
        bool appending, string? table = null, bool recordFailures = true)
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
        var rules = new ValueRules(entity);
        var raw = new string?[positions.Length];
        var typed = new TypedValue[positions.Length];
        var failures = new List<ValueFailure>();
        var keys = KeyColumns(entity);
        var hashes = keys.Length > 0 ? new List<ulong>() : null;
        var rejected = new List<QuarantineEntry>();
        long rows = 0;
        var types = entity.Columns.Select(c => c.Type).ToArray();
        using (var appender = new ChunkAppender(connection, table ?? $"stg_{entity.Name}"))
        using (var failed = recordFailures ? connection.CreateAppender(Validator.FailuresTable) : null)
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
                    if (reader.InvalidUtf8)
                        rejected.Add(new(line, null, LoadDiagnostics.InvalidUtf8, "the row has bytes that are not valid UTF-8", reader.RawText));
                    appender.Int64(0, line);
                    appender.Int64(1, line);
                    for (var i = 0; i < positions.Length; i++)
                    {
                        var value = positions[i] < 0 ? null : reader.Fields[positions[i]];
                        raw[i] = string.IsNullOrEmpty(value) ? null : value;
                        typed[i] = ValueParser.Parse(types[i], raw[i], decimalComma);
                        Append(appender, i + 2, types[i], typed[i]);
                    }
                    appender.EndRow();
                    hashes?.Add(KeyHash(keys, typed));
                    if (failed is not null)
                    {
                        rules.Check(raw, typed, failures);
                        foreach (var f in failures)
                            failed.CreateRow().AppendValue(entity.FileName).AppendValue(line).AppendValue(line).AppendValue(f.Ordinal)
                                .AppendValue(f.Column).AppendValue(f.Rule).AppendValue(f.Message).EndRow();
                        failures.Clear();
                    }
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
        return Outcome<RawFileResult>.Ok(new RawFileResult(file, true, size, sha256, rows, rejected, warnings) { RepeatsKeys = Repeats(hashes) });
    }

    /// <summary>The column type of a raw value kind in <c>stg_&lt;entity&gt;</c> (and in the star tables built from it).</summary>
    public static string SqlType(RawType type) => type switch
    {
        RawType.Text or RawType.Code => "varchar",
        RawType.Date => "date",
        RawType.Timestamp => "timestamp",
        RawType.Decimal => "decimal(18, 4)",
        RawType.Int => "integer",
        RawType.Bool => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static int[] KeyColumns(RawEntity entity) =>
        entity.Key.Select(k => entity.Columns.ToList().FindIndex(c => c.Name == k)).ToArray();

    // A 64-bit hash (FNV-1a) of the typed key, equal for two rows whenever SQL's grouping puts them together (NULLs
    // alike). Two different keys may share a hash (about one chance in 10^7 for a million rows): the duplicate-key
    // pass then runs and finds nothing, so a collision costs time, never a result.
    private static ulong KeyHash(int[] columns, TypedValue[] typed)
    {
        var hash = 14695981039346656037UL;
        foreach (var column in columns)
        {
            var value = typed[column];
            if (value.IsNull)
                hash = Mix(hash, 0xFFFF);
            else if (value.Text is { } text)
                foreach (var c in text)
                    hash = Mix(hash, c);
            else
                hash = Mix(Mix(hash, (ulong)value.Time.Ticks), (ulong)value.Long);
            hash = Mix(hash, 0x1F);
        }
        return hash;
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * 1099511628211UL;

    private static bool Repeats(List<ulong>? hashes)
    {
        if (hashes is null)
            return false;
        hashes.Sort();
        for (var i = 1; i < hashes.Count; i++)
            if (hashes[i] == hashes[i - 1])
                return true;
        return false;
    }

    private static void Append(ChunkAppender appender, int column, RawType type, in TypedValue value)
    {
        if (value.IsNull)
        {
            appender.Null(column);
            return;
        }
        switch (type)
        {
            case RawType.Text or RawType.Code: appender.Text(column, value.Text!); break;
            case RawType.Date: appender.Date(column, value.Time); break;
            case RawType.Timestamp: appender.Timestamp(column, value.Time); break;
            case RawType.Decimal: appender.Decimal(column, value.Long); break;
            case RawType.Int: appender.Int32(column, (int)value.Long); break;
            default: appender.Bool(column, value.Long != 0); break;
        }
    }
}
