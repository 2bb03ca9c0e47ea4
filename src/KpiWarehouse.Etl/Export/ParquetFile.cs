namespace KpiWarehouse.Etl.Export;

/// <summary>One written Parquet file: its path relative to the generation folder (with '/'), rows and SHA-256.</summary>
public sealed record ParquetFile(string Path, long Rows, string Sha256);
