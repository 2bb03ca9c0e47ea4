namespace KpiWarehouse.Query.Storage;

/// <summary>A whole table read from Parquet: its columns in file order, then hive partition columns.</summary>
public sealed record TableValues(string Name, int RowCount, IReadOnlyList<ColumnValues> Columns)
{
    /// <summary>The column named <paramref name="name"/> (case-insensitive), or null.</summary>
    public ColumnValues? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
