using DuckDB.NET.Data;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>warehouse.duckdb is views over the generation's Parquet files: every star table and the quarantine, with
/// the manifest's row counts and column types.</summary>
public sealed class WarehouseDatabaseTests
{
    [Fact]
    public void WarehouseDuckdb_EveryStarTableAndQuarantine_QueryableWithManifestRowsAndTypes()
    {
        using var temp = TestPaths.Temp();
        var raw = temp.Sub("raw");
        Folders.Copy(TestPaths.Corpus("base"), raw);
        Folders.Copy(TestPaths.Corpus("cases", "cascade_rejected_reference"), raw);
        var outcome = WarehouseLoader.Load(new LoadOptions(raw, temp.Sub("w"), MaxRejectRate: 1));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());

        using var connection = Open(outcome.Value.GenerationFolder);
        foreach (var table in outcome.Value.Tables)
        {
            Assert.Equal(table.Rows, Scalar(connection, $"select count(*) from {table.Name}"));
            Assert.Equal(table.Columns.Select(c => $"{c.Name} {c.Type}"),
                Rows(connection, $"select column_name || ' ' || data_type from information_schema.columns where table_name = '{table.Name}' order by ordinal_position"));
        }
        Assert.Equal(outcome.Value.RowsQuarantined, Scalar(connection, "select count(*) from quarantine"));
        Assert.True(outcome.Value.RowsQuarantined > 0);
    }

    [Fact]
    public void WarehouseDuckdb_PartitionedTableWithoutRows_IsAnEmptyTable()
    {
        using var temp = TestPaths.Temp();
        var raw = temp.Sub("raw");
        Folders.Copy(TestPaths.Corpus("base"), raw);
        File.Delete(Path.Combine(raw, "activities.csv"));
        var outcome = WarehouseLoader.Load(new LoadOptions(raw, temp.Sub("w")));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());

        using var connection = Open(outcome.Value.GenerationFolder);
        Assert.Equal(0, Scalar(connection, "select count(*) from fct_activities"));
        Assert.Equal(outcome.Value.Tables.Single(t => t.Name == "fct_sales").Rows, Scalar(connection, "select count(*) from fct_sales"));
    }

    private static DuckDBConnection Open(string generation)
    {
        var connection = new DuckDBConnection($"Data Source={Path.Combine(generation, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return rows;
    }
}
