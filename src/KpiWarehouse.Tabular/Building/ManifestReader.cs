using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Tabular.Building;

/// <summary>
/// Finds a warehouse's published generation (<c>&lt;warehouse&gt;/current</c>) and reads the table listing of
/// its manifest.json (docs/star-schema.md). Knows nothing of DuckDB or Parquet.
/// </summary>
public static class ManifestReader
{
    /// <summary>The generation folder <c>current</c> designates: a directory (or link to one), or a file naming it.</summary>
    public static Outcome<string> ResolveGeneration(string warehouse)
    {
        if (!Directory.Exists(warehouse))
            return ModelDiagnostics.NoWarehouse(warehouse);
        var current = Path.Combine(warehouse, "current");
        if (Directory.Exists(current))
            return Outcome<string>.Ok(Path.GetFullPath(current));
        if (!File.Exists(current))
            return ModelDiagnostics.NoCurrentGeneration(current);

        // A pointer file holds the generation id, or its path relative to the warehouse.
        var pointer = File.ReadAllText(current).Trim();
        foreach (var candidate in new[] { Path.Combine(warehouse, pointer), Path.Combine(warehouse, "generations", pointer) })
        {
            if (pointer.Length > 0 && Directory.Exists(candidate))
                return Outcome<string>.Ok(Path.GetFullPath(candidate));
        }
        return ModelDiagnostics.NoCurrentGeneration(current);
    }

    /// <summary>Reads <c>manifest.json</c> of a generation folder.</summary>
    public static Outcome<WarehouseSchema> ReadGeneration(string generation)
    {
        var path = Path.Combine(generation, "manifest.json");
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ModelDiagnostics.BadManifest(path, e.Message);
        }
        return Parse(json, path);
    }

    /// <summary>Parses a manifest's text; <paramref name="path"/> names it in diagnostics.</summary>
    public static Outcome<WarehouseSchema> Parse(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array)
                return ModelDiagnostics.BadManifest(path, "it has no 'tables' list");
            var result = new List<WarehouseTable>();
            foreach (var table in tables.EnumerateArray())
            {
                var name = table.GetProperty("name").GetString() ?? "";
                var columns = table.GetProperty("columns").EnumerateArray()
                    .Select(c => new WarehouseColumn(c.GetProperty("name").GetString() ?? "", c.GetProperty("type").GetString() ?? ""))
                    .ToList();
                var files = table.TryGetProperty("files", out var f) && f.ValueKind == JsonValueKind.Array
                    ? f.EnumerateArray().Select(x => x.GetProperty("path").GetString() ?? "").ToList()
                    : [];
                result.Add(new WarehouseTable(
                    name,
                    table.TryGetProperty("path", out var p) ? p.GetString() ?? "" : "",
                    table.TryGetProperty("partitioned_by", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString() : null,
                    columns,
                    files));
            }
            var generation = root.TryGetProperty("generation", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() ?? "" : "";
            return Outcome<WarehouseSchema>.Ok(new WarehouseSchema(generation, result));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ModelDiagnostics.BadManifest(path, e.Message);
        }
    }
}
