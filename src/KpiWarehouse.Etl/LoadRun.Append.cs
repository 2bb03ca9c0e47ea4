using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Publishing;
using KpiWarehouse.Etl.Reading;

namespace KpiWarehouse.Etl;

internal sealed partial class LoadRun
{
    private readonly Dictionary<string, long> _carried = [];

    // --append: the previous generation's accepted rows (typed) join this batch unless the batch has a row with the
    // same key (a newer version). Entities without a key only gain rows. The batch and the carried rows are then
    // validated together, exactly as a full load of the merged files would be (the carried rows passed the value
    // rules when they were read, and those rules look at one row at a time). carried_<entity> keeps them for the
    // quarantine, which shows a rejected carried row as its stored values.
    private Diagnostic? CarryPrevious(DuckDBConnection connection)
    {
        var source = Path.Combine(Generations.Folder(options.Warehouse, previous!), "accepted");
        foreach (var entity in RawSchema.Entities)
        {
            var e = entity.Name;
            if (OutdatedAcceptedRows(connection, entity, source) is { } outdated)
                return outdated;
            var previousRows = PreviousAcceptedRows(connection, entity, source);
            if (previousRows is null)
                continue;
            var columns = string.Join(", ", entity.Columns.Select(c => $"p.{c.Name}"));
            var replaced = entity.Key.Count == 0 ? "" : $"""
                anti join stg_{e} as b on {string.Join(" and ", entity.Key.Select(k => $"b.{k} = p.{k}"))}
                """;
            Sql.Execute(connection, $"""
                create or replace table carried_{e} as
                select {CarriedBase} + row_number() over (order by p.row_id) as row_id, p.line_number, {columns}
                from ({previousRows}) as p
                {replaced};
                insert into stg_{e} select * from carried_{e};
                """);
            _carried[e] = Sql.Scalar<long>(connection, $"select count(*) from carried_{e}");
        }
        return null;
    }

    // Before the reader typed values, an append's accepted/<entity>.parquet held them as text: carrying those rows
    // would skip their parsing (a code not upper cased, a decimal comma). Such a generation needs a full load first.
    private static Diagnostic? OutdatedAcceptedRows(DuckDBConnection connection, RawEntity entity, string source)
    {
        var parquet = Path.Combine(source, entity.Name + ".parquet");
        if (!File.Exists(parquet))
            return null;
        var types = Sql.Rows(connection, $"select column_name, column_type from (describe select * from read_parquet({Sql.Quote(parquet)}))")
            .ToDictionary(r => (string)r[0]!, r => ((string)r[1]!).Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal);
        var expected = entity.Columns.All(c => types.GetValueOrDefault(c.Name) is { } type
            && string.Equals(type, RawFileReader.SqlType(c.Type).Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return expected ? null : LoadDiagnostics.Error(LoadDiagnostics.AcceptedRowsOutdated,
            $"the published generation's accepted rows were written by an earlier kpiw (text, not typed): run a full load (without --append) once, then append", parquet);
    }

    // The previous generation's accepted rows of an entity (row_id, line_number, the contract's columns typed), or
    // null when it has none. After a full load they are its raw file (accepted/<file>, a copy) less the lines its
    // quarantine names; after an append, accepted/<entity>.parquet.
    private string? PreviousAcceptedRows(DuckDBConnection connection, RawEntity entity, string source)
    {
        var parquet = Path.Combine(source, entity.Name + ".parquet");
        if (File.Exists(parquet))
            return $"select * from read_parquet({Sql.Quote(parquet)})";
        var copy = Path.Combine(source, entity.FileName);
        if (!File.Exists(copy))
            return null;
        var table = $"previous_{entity.Name}";
        RawFileReader.CreateTable(connection, entity, table);
        var french = PreviousLocale() == "fr";
        var read = RawFileReader.Read(connection, entity, copy, french ? ';' : ',', french, null, appending: true, table, recordFailures: false);
        if (!read.IsSuccess)
            throw new InvalidOperationException($"the accepted copy {copy} of a published generation cannot be read: {read.Error}");
        var quarantine = Path.Combine(Path.GetDirectoryName(source)!, "quarantine", "quarantine.parquet");
        return $"""
            select * from {table}
            anti join (select line_number from read_parquet({Sql.Quote(quarantine)}) where file = {Sql.Quote(entity.FileName)}) using (line_number)
            """;
    }

    private string? PreviousLocale()
    {
        var manifest = Path.Combine(Generations.Folder(options.Warehouse, previous!), "manifest.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
        return document.RootElement.GetProperty("locale").GetString();
    }

    // What a generation keeps besides the star tables and the quarantine: the accepted rows, for the next --append.
    // A full load's accepted rows are its raw files less its quarantine, so it keeps a copy of each raw file (no
    // re-encoding of every row); an append's rows come from several batches, so it writes them, as text, to
    // accepted/<entity>.parquet, typed (lz4: internal to the ETL, written for speed).
    private void KeepAcceptedRows(DuckDBConnection connection)
    {
        Directory.CreateDirectory(Path.Combine(folder, "accepted"));
        foreach (var entity in RawSchema.Entities)
        {
            var e = entity.Name;
            if (!options.Append)
            {
                if (_files[e].Present)
                    File.Copy(Path.Combine(options.RawFolder, entity.FileName), Path.Combine(folder, "accepted", entity.FileName));
                continue;
            }
            var rows = $"select * from valid_{e} order by row_id";
            var target = Sql.Quote(Path.Combine(folder, "accepted", e + ".parquet"));
            Sql.Execute(connection, $"copy ({rows}) to {target} (format parquet, compression lz4_raw, row_group_size 122880)");
        }
        var temp = Path.Combine(folder, "tmp");
        if (Directory.Exists(temp))
            Directory.Delete(temp, recursive: true);
    }
}
