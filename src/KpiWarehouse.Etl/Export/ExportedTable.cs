namespace KpiWarehouse.Etl.Export;

/// <summary>A star table as published: what manifest.json's <c>tables</c> lists (docs/star-schema.md).</summary>
public sealed record ExportedTable(
    string Name,
    long Rows,
    string Path,
    string? PartitionedBy,
    IReadOnlyList<(string Name, string Type)> Columns,
    IReadOnlyList<ParquetFile> Files);
