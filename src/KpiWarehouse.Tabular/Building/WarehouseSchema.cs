namespace KpiWarehouse.Tabular.Building;

/// <summary>The published tables of a warehouse generation, as its manifest.json lists them.</summary>
/// <param name="Generation">The generation id.</param>
/// <param name="Tables">The tables, in manifest order.</param>
public sealed record WarehouseSchema(string Generation, IReadOnlyList<WarehouseTable> Tables)
{
    /// <summary>The table named <paramref name="name"/>, or null.</summary>
    public WarehouseTable? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);
}

/// <summary>One published table.</summary>
/// <param name="Name">The physical name (<c>fct_sales</c>).</param>
/// <param name="Path">Its folder, relative to the generation folder (<c>parquet/fct_sales</c>).</param>
/// <param name="PartitionedBy">The Hive partition column (<c>year</c>), or null for a single-file table.</param>
/// <param name="Columns">Its columns, in order.</param>
/// <param name="Files">Its Parquet files, relative to the generation folder.</param>
public sealed record WarehouseTable(
    string Name,
    string Path,
    string? PartitionedBy,
    IReadOnlyList<WarehouseColumn> Columns,
    IReadOnlyList<string> Files)
{
    /// <summary>The column named <paramref name="name"/>, or null.</summary>
    public WarehouseColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>A column and its DuckDB type name (<c>VARCHAR</c>, <c>DECIMAL(18,4)</c>, …).</summary>
public sealed record WarehouseColumn(string Name, string Type);
