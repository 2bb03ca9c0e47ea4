using System.Text.Json;
using System.Text.Json.Serialization;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Contract.Warehouse;

/// <summary>
/// The part of a generation's <c>manifest.json</c> that readers of a warehouse rely on: the published tables
/// (docs/star-schema.md, "manifest.json"). The load's accounting lives in the same file but is the ETL's business.
/// </summary>
public sealed record WarehouseManifest(
    [property: JsonPropertyName("generation")] string? Generation,
    [property: JsonPropertyName("tables")] IReadOnlyList<ManifestTable> Tables)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The table named <paramref name="name"/>, or null.</summary>
    public ManifestTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    /// <summary>Reads <paramref name="path"/>; a missing or malformed file is a user error (KPIW-W002/W003).</summary>
    public static Outcome<WarehouseManifest> Read(string path)
    {
        if (!File.Exists(path))
            return WarehouseDiagnostics.ManifestMissing(path);
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return WarehouseDiagnostics.ManifestMalformed(path, error.Message);
        }
    }

    /// <summary>Parses a manifest's text; <paramref name="path"/> names it in diagnostics (KPIW-W003).</summary>
    public static Outcome<WarehouseManifest> Parse(string json, string path)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<WarehouseManifest>(json, Json);
            if (manifest?.Tables is null)
                return WarehouseDiagnostics.ManifestMalformed(path, "it has no \"tables\" list");
            var broken = manifest.Tables.FirstOrDefault(t => t?.Name is null || t.Path is null || t.Columns is null);
            if (manifest.Tables.Contains(null!) || broken is not null)
                return WarehouseDiagnostics.ManifestMalformed(path, $"table '{broken?.Name}' lacks its name, path or columns");
            return Outcome<WarehouseManifest>.Ok(manifest);
        }
        catch (JsonException error)
        {
            return WarehouseDiagnostics.ManifestMalformed(path, error.Message);
        }
    }
}

/// <summary>One published table: where its Parquet data is (relative to the generation) and its columns.</summary>
public sealed record ManifestTable(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("rows")] long Rows,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("partitioned_by")] string? PartitionedBy,
    [property: JsonPropertyName("columns")] IReadOnlyList<ManifestColumn> Columns,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestFile>? Files = null);

/// <summary>A Parquet file of a published table, relative to the generation folder.</summary>
public sealed record ManifestFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("rows")] long Rows,
    [property: JsonPropertyName("sha256")] string? Sha256);

/// <summary>A column of a published table with its DuckDB type name (<c>VARCHAR</c>, <c>DECIMAL(18,4)</c>, …).</summary>
public sealed record ManifestColumn(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type);
