namespace KpiWarehouse.Query.Model;

/// <summary>
/// Where a table's rows are, relative to the warehouse generation folder: a Parquet file
/// (<c>parquet/dim_date/data.parquet</c>) or a folder of Parquet files (<c>parquet/fct_sales</c>).
/// </summary>
/// <param name="WarehouseTable">The warehouse table name (<c>fct_sales</c>): the folder under <c>parquet/</c>.</param>
/// <param name="RelativePath">The path relative to the generation folder, with <c>/</c> separators.</param>
/// <param name="IsFolder">True for a folder of Parquet files (every <c>*.parquet</c> below it), false for one file.</param>
/// <param name="Parameter">The model parameter holding the generation folder (<c>Warehouse Folder</c>), when the M names one.</param>
/// <param name="Origin">How it was found: <c>annotation</c> or <c>partition</c>.</param>
public sealed record TableSource(string WarehouseTable, string RelativePath, bool IsFolder, string? Parameter, string Origin);
