using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Catalog;

/// <summary>The catalog's rules: unique numbers and names, known folders and dimensions, names every format can carry.</summary>
internal static class CatalogValidation
{
    public static Outcome<KpiCatalog> Validate(KpiCatalog catalog, string source)
    {
        if (catalog.Kpis.Count == 0)
            return CatalogDiagnostics.Missing(source, "kpis");

        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in catalog.Folders)
        {
            var location = $"{source}#folder '{folder.Name}'";
            if (Required(location, ("name", folder.Name), ("fr", folder.French)) is { } missing)
                return missing;
            if (Unsafe(location, folder.Name, folder.French) is { } unsafeName)
                return unsafeName;
            if (!folders.Add(folder.Name))
                return CatalogDiagnostics.Duplicate(location, $"folder '{folder.Name}'");
        }

        foreach (var perspective in catalog.Perspectives)
        {
            var location = $"{source}#perspective '{perspective.Name}'";
            if (Required(location, ("name", perspective.Name)) is { } missing)
                return missing;
            if (Unsafe(location, perspective.Name) is { } unsafeName)
                return unsafeName;
            if (perspective.Folders.FirstOrDefault(f => !folders.Contains(f)) is { } unknown)
                return CatalogDiagnostics.UnknownFolder(location, unknown);
        }

        var numbers = new HashSet<int>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kpi in catalog.Kpis)
        {
            var location = $"{source}#kpi {kpi.Number}";
            if (Required(location, ("name", kpi.Name), ("fr", kpi.French), ("folder", kpi.Folder),
                    ("description.en", kpi.Description.English), ("description.fr", kpi.Description.French),
                    ("formatString", kpi.FormatString), ("dax", kpi.Dax)) is { } missing)
                return missing;
            if (Unsafe(location, kpi.Name, kpi.French, kpi.FormatString) is { } unsafeName)
                return unsafeName;
            if (!numbers.Add(kpi.Number))
                return CatalogDiagnostics.Duplicate(location, $"number {kpi.Number}");
            // Measure names are case-insensitive in DAX: 'Revenue' and 'revenue' would collide.
            if (!names.Add(kpi.Name))
                return CatalogDiagnostics.Duplicate(location, $"name '{kpi.Name}'");
            if (!folders.Contains(kpi.Folder))
                return CatalogDiagnostics.UnknownFolder(location, kpi.Folder);
            if (kpi.Dimensions.FirstOrDefault(d => !CatalogReader.Dimensions.Contains(d)) is { } dimension)
                return CatalogDiagnostics.UnknownDimension(location, dimension);
            if (kpi.Target is { } target && !CatalogReader.TargetMetrics.Contains(target.Metric))
                return CatalogDiagnostics.Missing(location, $"target.metric (one of {string.Join(", ", CatalogReader.TargetMetrics)})");
            if (DaxBalance.Check(kpi.Dax) is { } reason)
                return CatalogDiagnostics.UnbalancedDax(location, reason);
        }
        return Outcome<KpiCatalog>.Ok(catalog);
    }

    private static Diagnostic? Required(string location, params (string Property, string Value)[] values) =>
        values.Where(v => string.IsNullOrWhiteSpace(v.Value)).Select(v => CatalogDiagnostics.Missing(location, v.Property)).FirstOrDefault();

    private static Diagnostic? Unsafe(string location, params string[] names) =>
        names.Where(n => n.Any(char.IsControl)).Select(n => CatalogDiagnostics.UnsafeName(location, n)).FirstOrDefault();
}
