using DuckDB.NET.Data;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Publishing;
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
            var columns = string.Join(", ", entity.Columns.Select(c => $"p.{c.Name}"));
            var replaced = entity.Key.Count == 0 ? "" : $"""
                anti join (select * from raw_{e} where row_id < {CarriedBase}) as b
                    on {string.Join(" and ", entity.Key.Select(k => KeyMatch(entity, k)))}
                """;
            Sql.Execute(connection, $"""
                insert into raw_{e}
                select {CarriedBase} + row_number() over (order by p.row_id), p.line_number, {columns}
                from read_parquet({Sql.Quote(Path.Combine(source, e + ".parquet"))}) as p
                {replaced}
                """);
        }
    }

    private static string KeyMatch(RawEntity entity, string key)
    {
        var parse = RowRules.Parser(entity.Column(key)!.Type);
        return $"{parse}(b.{key}) = {parse}(p.{key})";
    }

    // What a generation keeps besides the star tables and the quarantine: the accepted raw rows, as text, in
    // accepted/<entity>.parquet, for the next --append. Internal to the ETL, so written for speed (lz4, not zstd),
    // and sorted only when the table is not already in row_id order (rejected rows left out, or rows carried).
    private void KeepAcceptedRows(DuckDBConnection connection)
    {
        Directory.CreateDirectory(Path.Combine(folder, "accepted"));
        foreach (var entity in RawSchema.Entities)
        {
            var e = entity.Name;
            var carried = Sql.Scalar<long>(connection, $"select count(*) from raw_{e} where row_id >= {CarriedBase}");
            var allAccepted = _files[e].RowsRead + carried == Sql.Scalar<long>(connection, $"select count(*) from valid_{e}");
            var rows = allAccepted && carried == 0
                ? $"select * from raw_{e}"
                : $"select * from raw_{e} as r semi join valid_{e} as v using (row_id) order by row_id";
            var target = Sql.Quote(Path.Combine(folder, "accepted", e + ".parquet"));
            Sql.Execute(connection, $"copy ({rows}) to {target} (format parquet, compression lz4_raw, row_group_size 122880)");
        }
        var temp = Path.Combine(folder, "tmp");
        if (Directory.Exists(temp))
            Directory.Delete(temp, recursive: true);
    }
}
