using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Catalog;

/// <summary>Reads and validates <c>models/kpi-catalog.json</c>; every problem is a <see cref="Diagnostic"/>.</summary>
public static class CatalogReader
{
    /// <summary>The dimension tables a KPI may list as filtering it.</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["Customer", "Rep", "Product", "Channel"];

    /// <summary>The targets' metric codes a KPI object can take its target from.</summary>
    public static readonly IReadOnlyList<string> TargetMetrics = ["REVENUE", "NEW_LEADS", "DEALS_WON"];

    /// <summary>The catalog shipped with the tool (models/kpi-catalog.json, embedded at build time).</summary>
    public static Outcome<KpiCatalog> ReadEmbedded()
    {
        using var stream = typeof(CatalogReader).Assembly.GetManifestResourceStream("kpi-catalog.json")
            ?? throw new InvalidOperationException("kpi-catalog.json is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd(), "models/kpi-catalog.json");
    }

    /// <summary>Reads the catalog file at <paramref name="path"/>.</summary>
    public static Outcome<KpiCatalog> ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CatalogDiagnostics.Unreadable(path, e.Message);
        }
        return Read(text, path);
    }

    /// <summary>Reads a catalog from its JSON text; <paramref name="source"/> names it in diagnostics.</summary>
    public static Outcome<KpiCatalog> Read(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return CatalogDiagnostics.Malformed(source, e.Message);
        }

        using (document)
        {
            try
            {
                var catalog = CatalogJson.Parse(document.RootElement, source);
                return catalog.IsSuccess ? CatalogValidation.Validate(catalog.Value, source) : catalog;
            }
            catch (InvalidOperationException e)
            {
                // JsonElement accessors throw on a value of the wrong kind: the file has the wrong shape.
                return CatalogDiagnostics.Malformed(source, e.Message);
            }
        }
    }
}
