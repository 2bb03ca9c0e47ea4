using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Verify.Inputs;

/// <summary>
/// Where the reference reads its rows for a warehouse: the raw folder and locale the load used, and the published
/// generation's <c>quarantine/quarantine.csv</c> (the rows the load rejected), as the load's manifest.json records them.
/// </summary>
public sealed record ReferenceSource(string RawFolder, RawReadOptions Options)
{
    /// <summary>
    /// Resolves the source of <paramref name="warehouse"/>; <paramref name="rawFolder"/> (<c>--raw</c>) wins over the
    /// manifest's <c>raw_folder</c>. The locale is the manifest's <c>locale</c> (<c>fr</c> = French, else invariant),
    /// the quarantine its <c>quarantine.csv_path</c> when that file exists.
    /// </summary>
    public static Outcome<ReferenceSource> Resolve(WarehouseLocation warehouse, string? rawFolder)
    {
        var manifestPath = warehouse.Resolve(WarehouseLocation.ManifestFile);
        string? recordedRaw = null, locale = null, quarantine = null;
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
            var root = manifest.RootElement;
            recordedRaw = Text(root, "raw_folder");
            locale = Text(root, "locale");
            if (root.TryGetProperty("quarantine", out var q) && q.ValueKind == JsonValueKind.Object)
                quarantine = Text(q, "csv_path");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return WarehouseDiagnostics.ManifestMalformed(manifestPath, e.Message);
        }
        var raw = rawFolder ?? (recordedRaw is null ? null : Path.GetFullPath(recordedRaw, warehouse.GenerationFolder));
        if (raw is null)
            return VerifyDiagnostics.RawFolderUnknown(manifestPath);
        var quarantinePath = warehouse.Resolve(quarantine ?? "quarantine/quarantine.csv");
        var options = new RawReadOptions(
            string.Equals(locale, "fr", StringComparison.OrdinalIgnoreCase) ? RawLocale.French : RawLocale.Invariant,
            File.Exists(quarantinePath) ? quarantinePath : null);
        return Outcome<ReferenceSource>.Ok(new ReferenceSource(Path.GetFullPath(raw), options));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
