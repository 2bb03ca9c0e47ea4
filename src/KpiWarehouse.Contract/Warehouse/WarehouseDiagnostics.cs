using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Contract.Warehouse;

/// <summary>Errors of reading a published warehouse (codes KPIW-W…, listed in docs/diagnostics.md).</summary>
public static class WarehouseDiagnostics
{
    public static Diagnostic NotAWarehouse(string folder, string reason) =>
        new("KPIW-W001", $"not a warehouse: {reason}", folder);

    public static Diagnostic ManifestMissing(string path) =>
        new("KPIW-W002", "the generation has no manifest.json (an interrupted load? run 'kpiw load' again)", path);

    public static Diagnostic ManifestMalformed(string path, string reason) =>
        new("KPIW-W003", $"manifest.json cannot be read: {reason}", path);
}
