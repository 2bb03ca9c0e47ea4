using DuckDB.NET.Data;
using KpiWarehouse.Etl.Export;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl;

internal sealed partial class LoadRun
{
    // warehouse.duckdb: one view per star table (and the quarantine) over this generation's Parquet files, so a
    // DuckDB user gets the star schema without the load writing every row a second time. Paths are absolute
    // (DuckDB resolves a relative path against the reader's working directory, not the database file); a
    // generation is never moved or modified once published. A partitioned table without rows has no year folder (its
    // one empty file sits at the table's root), so it is an empty table instead.
    private void WriteDatabase(DuckDBConnection connection, IReadOnlyList<ExportedTable> tables)
    {
        var root = Path.GetFullPath(folder);
        var statements = new List<string> { $"attach {Sql.Quote(Path.Combine(root, "warehouse.duckdb"))} as warehouse" };
        foreach (var table in tables)
        {
            if (table.PartitionedBy is not null && table.Rows == 0)
            {
                statements.Add($"create table warehouse.main.{table.Name} as select * from memory.main.{table.Name}");
                continue;
            }
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            var source = table.PartitionedBy is { } key
                ? $"read_parquet({Sql.Quote(Path.Combine(root, table.Path, "*", "*.parquet"))}, hive_partitioning = true, hive_types = {{'{key}': {table.Columns.Single(c => c.Name == key).Type}}})"
                : $"read_parquet({Sql.Quote(Path.Combine(root, table.Files.Single().Path))})";
            statements.Add($"create view warehouse.main.{table.Name} as select {columns} from {source}");
        }
        statements.Add($"create view warehouse.main.{Quarantine.Table} as select * from read_parquet({Sql.Quote(Path.Combine(root, "quarantine", "quarantine.parquet"))})");
        statements.Add("detach warehouse");
        Sql.Execute(connection, string.Join(";\n", statements));
    }
}
