using System.Globalization;
using KpiWarehouse.Query.Storage;

namespace KpiWarehouse.Query.Tests.Storage;

/// <summary>
/// Golden-file tests: each Parquet fixture (written by DuckDB, as the warehouse writes its tables) sits beside
/// a CSV of what it must read as, cell by cell. <c>&lt;null&gt;</c> marks NULL; an empty cell is the empty string.
/// </summary>
public sealed class ParquetTableReaderTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Storage", "fixtures");

    [Theory]
    [InlineData("single.parquet", "single.expected.csv")]
    [InlineData("partitioned", "partitioned.expected.csv")]
    public void Read_DuckDbWrittenTable_EqualsGoldenCsvCellByCell(string table, string expectedCsv)
    {
        var outcome = ParquetTableReader.Read("t", Path.Combine(Fixtures, table));

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        var lines = File.ReadAllLines(Path.Combine(Fixtures, expectedCsv));
        var header = lines[0].Split(',');
        Assert.Equal(header, outcome.Value.Columns.Select(c => c.Name));
        Assert.Equal(lines.Length - 1, outcome.Value.RowCount);
        for (var row = 0; row < outcome.Value.RowCount; row++)
        {
            var expected = lines[row + 1].Split(',');
            for (var c = 0; c < header.Length; c++)
                Assert.True(expected[c] == Format(outcome.Value.Columns[c].Get(row)),
                    $"row {row}, column {header[c]}: expected '{expected[c]}', read '{Format(outcome.Value.Columns[c].Get(row))}'");
        }
    }

    [Fact]
    public void Read_DuckDbTypes_MapToTheWarehouseKinds()
    {
        var table = ParquetTableReader.Read("t", Path.Combine(Fixtures, "partitioned")).Value;

        Assert.Equal(
            [ColumnKind.Int64, ColumnKind.Int64, ColumnKind.String, ColumnKind.Double, ColumnKind.Decimal, ColumnKind.Decimal,
             ColumnKind.Date, ColumnKind.DateTime, ColumnKind.Boolean, ColumnKind.Int64],
            table.Columns.Select(c => c.Kind));
    }

    [Fact]
    public void Read_MissingPath_ReturnsQ001NamingTheTable()
    {
        var outcome = ParquetTableReader.Read("fct_sales", Path.Combine(Fixtures, "no-such-table"));

        Assert.False(outcome.IsSuccess);
        Assert.Equal("KPIW-Q001", outcome.Error!.Code);
        Assert.Contains("fct_sales", outcome.Error.Message);
    }

    [Fact]
    public void Read_FileThatIsNotParquet_ReturnsQ003WithTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("kpiw-parquet-");
        try
        {
            var bad = Path.Combine(folder.FullName, "data_0.parquet");
            File.WriteAllText(bad, "order_id,amount\n1,2\n");

            var outcome = ParquetTableReader.Read("fct_sales", folder.FullName);

            Assert.False(outcome.IsSuccess);
            Assert.Equal("KPIW-Q003", outcome.Error!.Code);
            Assert.Equal(bad, outcome.Error.Location);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "<null>",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
