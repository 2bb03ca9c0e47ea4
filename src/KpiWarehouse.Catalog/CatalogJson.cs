using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Catalog;

/// <summary>Maps the catalog's JSON shape onto <see cref="KpiCatalog"/> (shape only; rules are in <see cref="CatalogValidation"/>).</summary>
internal static class CatalogJson
{
    public static Outcome<KpiCatalog> Parse(JsonElement root, string source)
    {
        var folders = new List<KpiFolder>();
        foreach (var f in Array(root, "folders"))
            folders.Add(new KpiFolder(Text(f, "name"), Text(f, "fr"), Text(f, "audience")));

        var perspectives = new List<KpiPerspective>();
        foreach (var p in Array(root, "perspectives"))
            perspectives.Add(new KpiPerspective(Text(p, "name"), Array(p, "folders").Select(x => x.GetString() ?? "").ToList()));

        var kpis = new List<KpiDefinition>();
        foreach (var k in Array(root, "kpis"))
        {
            var number = k.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0;
            var location = $"{source}#kpi {(number > 0 ? number : kpis.Count + 1)}";
            if (number <= 0)
                return CatalogDiagnostics.Missing(location, "number");
            var description = k.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.Object
                ? new KpiText(Text(d, "en"), Text(d, "fr"))
                : new KpiText("", "");
            KpiTarget? target = k.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.Object
                ? new KpiTarget(Text(t, "metric"))
                : null;
            var dax = k.TryGetProperty("dax", out var x) && x.ValueKind == JsonValueKind.Array
                ? string.Join('\n', x.EnumerateArray().Select(line => line.GetString() ?? ""))
                : Text(k, "dax");
            kpis.Add(new KpiDefinition(
                number,
                Text(k, "name"),
                Text(k, "fr"),
                Text(k, "folder"),
                description,
                Array(k, "dims").Select(e => e.GetString() ?? "").ToList(),
                Text(k, "formatString"),
                k.TryGetProperty("additive", out var a) && a.ValueKind == JsonValueKind.True,
                target,
                dax));
        }
        return Outcome<KpiCatalog>.Ok(new KpiCatalog(folders, perspectives, kpis.OrderBy(k => k.Number).ToList()));
    }

    private static string Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static IEnumerable<JsonElement> Array(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
