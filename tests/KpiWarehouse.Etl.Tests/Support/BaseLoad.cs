using DuckDB.NET.Data;

namespace KpiWarehouse.Etl.Tests.Support;

/// <summary>One load of corpus/base shared by the tests of a class (a load is the slow part of a test).</summary>
public sealed class BaseLoad : IDisposable
{
    private readonly TempFolder _temp = TestPaths.Temp();

    public BaseLoad()
    {
        Warehouse = _temp.Sub("warehouse");
        var outcome = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), Warehouse));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Result = outcome.Value;
    }

    public string Warehouse { get; }

    public LoadResult Result { get; }

    /// <summary>The rows of <paramref name="sql"/> over the generation's warehouse.duckdb, each row's cells joined by '|'.</summary>
    public List<string> Query(string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={Path.Combine(Result.GenerationFolder, "warehouse.duckdb")};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Format(reader.GetValue(i)))));
        return rows;
    }

    private static string Format(object value) => value switch
    {
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Dispose() => _temp.Dispose();
}
