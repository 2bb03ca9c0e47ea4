using System.Globalization;
using DuckDB.NET.Data;
using KpiWarehouse.Etl.Reading;

namespace KpiWarehouse.Etl.Tests;

/// <summary>The reader's chunk appender stores what it is given, in every column type the staging tables use, across
/// chunk boundaries (2,048 rows), with NULLs that do not leak into the next chunk's rows.</summary>
public sealed class ChunkAppenderTests
{
    [Fact]
    public void Append_RowsAcrossChunks_ReadBackAsWritten()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "create table t (id bigint, d date, ts timestamp, amount decimal(18, 4), n integer, b boolean, s varchar)");
        const int rows = 5_000;
        var expected = new List<string>();
        using (var appender = new ChunkAppender(connection, "t"))
        {
            for (var i = 0; i < rows; i++)
            {
                // Row i is NULL in column (i % 7) when that is 1..6; rows 2,047 and 2,048 straddle the first boundary.
                var nullAt = i % 7;
                var date = new DateTime(1969, 12, 30).AddDays(i);
                var time = new DateTime(2024, 2, 29, 23, 59, 59).AddSeconds(i * 61);
                var text = i % 2 == 0 ? $"id-{i}" : $"a longer text than twelve bytes, é, {i}";
                appender.Int64(0, i);
                if (nullAt == 1) appender.Null(1); else appender.Date(1, date);
                if (nullAt == 2) appender.Null(2); else appender.Timestamp(2, time);
                if (nullAt == 3) appender.Null(3); else appender.Decimal(3, -12_345_678L * i);
                if (nullAt == 4) appender.Null(4); else appender.Int32(4, int.MinValue + i);
                if (nullAt == 5) appender.Null(5); else appender.Bool(5, i % 3 == 0);
                if (nullAt == 6) appender.Null(6); else appender.Text(6, text);
                appender.EndRow();
                expected.Add(string.Join('|',
                    i.ToString(CultureInfo.InvariantCulture),
                    nullAt == 1 ? "NULL" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    nullAt == 2 ? "NULL" : time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    nullAt == 3 ? "NULL" : (-12_345_678L * i / 10_000m).ToString("0.0000", CultureInfo.InvariantCulture),
                    nullAt == 4 ? "NULL" : (int.MinValue + i).ToString(CultureInfo.InvariantCulture),
                    nullAt == 5 ? "NULL" : (i % 3 == 0 ? "true" : "false"),
                    nullAt == 6 ? "NULL" : text));
            }
        }
        using var command = connection.CreateCommand();
        command.CommandText = """
            select concat_ws('|', id, coalesce(cast(d as varchar), 'NULL'), coalesce(cast(ts as varchar), 'NULL'),
                coalesce(cast(amount as varchar), 'NULL'), coalesce(cast(n as varchar), 'NULL'),
                coalesce(cast(b as varchar), 'NULL'), coalesce(s, 'NULL'))
            from t order by id
            """;
        using var reader = command.ExecuteReader();
        var actual = new List<string>();
        while (reader.Read())
            actual.Add(reader.GetString(0));
        Assert.Equal(expected, actual);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
