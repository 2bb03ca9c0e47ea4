using DuckDB.NET.Data;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Reading;

namespace KpiWarehouse.Etl.Validation;

/// <summary>
/// Turns every failure found (<c>q_all</c>) into the quarantine of docs/star-schema.md: one row per rejected raw
/// row — the first failure in rule order, with a count of the others — and the row's raw text, read back from
/// its file (a row carried from an earlier load by --append is shown as its stored values).
/// </summary>
internal static class Quarantine
{
    public const string Table = "quarantine";

    /// <summary>Records rows rejected before validation: <paramref name="file"/> is a canonical file, or an import profile's source as <c>profile:source file</c>.</summary>
    public static void RecordReadRejects(DuckDBConnection connection, string file, IReadOnlyList<QuarantineEntry> rejected)
    {
        if (rejected.Count == 0)
            return;
        using (var lines = connection.CreateAppender("q_raw_lines"))
        {
            foreach (var entry in rejected)
                lines.CreateRow().AppendValue(file).AppendValue(entry.LineNumber).AppendValue(entry.RawLine).EndRow();
        }
        using var failures = connection.CreateAppender(Validator.FailuresTable);
        foreach (var entry in rejected)
            failures.CreateRow().AppendValue(file).AppendValue(entry.LineNumber).AppendValue(entry.LineNumber).AppendValue(0)
                .AppendValue(entry.Column).AppendValue(entry.Rule).AppendValue(entry.Message).EndRow();
    }

    public static void CreateRawLinesTable(DuckDBConnection connection) =>
        Sql.Execute(connection, "create or replace table q_raw_lines (file varchar, row_id bigint, raw_line varchar)");

    /// <summary>
    /// Builds the quarantine table; <paramref name="rawFolder"/> is where this load's files are. Rows of
    /// <paramref name="sourceFiles"/> (an import profile's sources, recorded by <see cref="RecordSourceRejects"/>) come first.
    /// </summary>
    public static void Build(DuckDBConnection connection, string rawFolder, char delimiter, IReadOnlyList<string> sourceFiles)
    {
        foreach (var entity in RawSchema.Entities)
            FetchRawLines(connection, entity, Path.Combine(rawFolder, entity.FileName), delimiter);
        var fileOrder = string.Join(", ", sourceFiles.Concat(RawSchema.Entities.Select(e => e.FileName)).Select((f, i) => $"({Sql.Quote(f)}, {i})"));
        Sql.Execute(connection, $"""
            create or replace table {Table} as
            with firsts as (
                select
                    file,
                    row_id,
                    min(line_number) as line_number,
                    arg_min(column_name, ordinal) as column_name,
                    arg_min(rule, ordinal) as rule,
                    arg_min(message, ordinal)
                        || case when count(*) > 1 then ' (+' || cast(count(*) - 1 as varchar) || ' more)' else '' end as message
                from {Validator.FailuresTable}
                group by file, row_id
            ),
            file_order as (
                select * from (values {fileOrder}) as f(file, file_ordinal)
            )
            select f.file, f.line_number, f.column_name as "column", f.rule, f.message, r.raw_line
            from firsts as f
            inner join file_order as o on o.file = f.file
            left join q_raw_lines as r on r.file = f.file and r.row_id = f.row_id
            order by o.file_ordinal, f.row_id
            """);
    }

    // The raw text of rejected rows that reached DuckDB: this load's rows are read back from their file (one
    // streaming pass, only when the file has rejects); rows carried by --append are shown as their values.
    private static void FetchRawLines(DuckDBConnection connection, RawEntity entity, string path, char delimiter)
    {
        var wanted = Sql.Rows(connection, $"""
            select distinct q.row_id from {Validator.FailuresTable} as q
            anti join q_raw_lines as r on r.file = q.file and r.row_id = q.row_id
            where q.file = {Sql.Quote(entity.FileName)}
            """).Select(r => Convert.ToInt64(r[0]!, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        if (wanted.Count == 0)
            return;
        using (var appender = connection.CreateAppender("q_raw_lines"))
        {
            if (File.Exists(path))
            {
                using var reader = new CsvRecordReader(File.OpenRead(path), delimiter);
                reader.Read();
                while (reader.Read())
                    if (wanted.Contains(reader.LineNumber))
                        appender.CreateRow().AppendValue(entity.FileName).AppendValue(reader.LineNumber).AppendValue(reader.RawText).EndRow();
            }
        }
        var carried = $"carried_{entity.Name}";
        if (Sql.Scalar<long>(connection, $"select count(*) from information_schema.tables where table_name = {Sql.Quote(carried)}") == 0)
            return;
        var values = string.Join($" || {Sql.Quote(delimiter.ToString())} || ", entity.Columns.Select(c => $"coalesce(cast({c.Name} as varchar), '')"));
        Sql.Execute(connection, $"""
            insert into q_raw_lines
            select {Sql.Quote(entity.FileName)}, r.row_id, {values}
            from {carried} as r
            semi join (select row_id from {Validator.FailuresTable} where file = {Sql.Quote(entity.FileName)}) as q using (row_id)
            anti join (select row_id from q_raw_lines where file = {Sql.Quote(entity.FileName)}) as done using (row_id)
            """);
    }
}
