using DuckDB.NET.Data;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Publishing;
using KpiWarehouse.Etl.Reading;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl;

internal sealed partial class LoadRun
{
    // --append: the previous generation's accepted raw rows join this batch unless the batch has a row with the
    // same key (a newer version). Entities without a key only gain rows. The batch and the carried rows are
    // then validated together, exactly as a full load of the merged files would be.
    private void CarryPrevious(DuckDBConnection connection)
    {
        var source = Path.Combine(Generations.Folder(options.Warehouse, previous!), "accepted");
        foreach (var entity in RawSchema.Entities)
        {
            var e = entity.Name;
            var previousRows = PreviousAcceptedRows(connection, entity, source);
            if (previousRows is null)
                continue;
            var columns = string.Join(", ", entity.Columns.Select(c => $"p.{c.Name}"));
            var replaced = entity.Key.Count == 0 ? "" : $"""
                anti join (select * from raw_{e} where row_id < {CarriedBase}) as b
                    on {string.Join(" and ", entity.Key.Select(k => KeyMatch(entity, k)))}
                """;
            Sql.Execute(connection, $"""
                insert into raw_{e}
                select {CarriedBase} + row_number() over (order by p.row_id), p.line_number, {columns}
                from ({previousRows}) as p
                {replaced}
                """);
        }
    }

    // The previous generation's accepted rows of an entity (row_id, line_number, the contract's columns as text), or
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
        var read = RawFileReader.Read(connection, entity, copy, PreviousDelimiter(), null, appending: true, table);
        if (!read.IsSuccess)
            throw new InvalidOperationException($"the accepted copy {copy} of a published generation cannot be read: {read.Error}");
        var quarantine = Path.Combine(Path.GetDirectoryName(source)!, "quarantine", "quarantine.parquet");
        return $"""
            select * from {table}
            anti join (select line_number from read_parquet({Sql.Quote(quarantine)}) where file = {Sql.Quote(entity.FileName)}) using (line_number)
            """;
    }

    private char PreviousDelimiter()
    {
        var manifest = Path.Combine(Generations.Folder(options.Warehouse, previous!), "manifest.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
        return document.RootElement.GetProperty("locale").GetString() == "fr" ? ';' : ',';
    }

    private static string KeyMatch(RawEntity entity, string key)
    {
        var parse = RowRules.Parser(entity.Column(key)!.Type);
        return $"{parse}(b.{key}) = {parse}(p.{key})";
    }

    // What a generation keeps besides the star tables and the quarantine: the accepted rows, for the next --append.
    // A full load's accepted rows are its raw files less its quarantine, so it keeps a copy of each raw file (no
    // re-encoding of every row); an append's rows come from several batches, so it writes them, as text, to
    // accepted/<entity>.parquet (lz4: internal to the ETL, written for speed).
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
            var rows = $"select * from raw_{e} as r semi join valid_{e} as v using (row_id) order by row_id";
            var target = Sql.Quote(Path.Combine(folder, "accepted", e + ".parquet"));
            Sql.Execute(connection, $"copy ({rows}) to {target} (format parquet, compression lz4_raw, row_group_size 122880)");
        }
        var temp = Path.Combine(folder, "tmp");
        if (Directory.Exists(temp))
            Directory.Delete(temp, recursive: true);
    }
}
