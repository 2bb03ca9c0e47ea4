using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Catalog;

/// <summary>The catalog's user errors (codes KPIW-K…, listed in docs/model.md).</summary>
public static class CatalogDiagnostics
{
    /// <summary>The catalog file is missing or unreadable.</summary>
    public static Diagnostic Unreadable(string path, string reason) =>
        new("KPIW-K001", $"cannot read the KPI catalog: {reason}", path);

    /// <summary>The catalog is not valid JSON or does not have the catalog's shape.</summary>
    public static Diagnostic Malformed(string path, string reason) =>
        new("KPIW-K002", $"the KPI catalog is not well-formed: {reason}", path);

    /// <summary>A required property is missing or empty.</summary>
    public static Diagnostic Missing(string location, string property) =>
        new("KPIW-K003", $"'{property}' is required", location);

    /// <summary>Two KPIs share a number or a name.</summary>
    public static Diagnostic Duplicate(string location, string what) =>
        new("KPIW-K004", $"duplicate {what}", location);

    /// <summary>A KPI names a folder the catalog does not declare.</summary>
    public static Diagnostic UnknownFolder(string location, string folder) =>
        new("KPIW-K005", $"unknown display folder '{folder}'", location);

    /// <summary>A KPI lists a dimension that is not one of the model's filterable dimensions.</summary>
    public static Diagnostic UnknownDimension(string location, string dimension) =>
        new("KPIW-K006", $"unknown dimension '{dimension}' (expected Customer, Rep, Product or Channel)", location);

    /// <summary>A name holds a character no model format can carry (a line break or another control character).</summary>
    public static Diagnostic UnsafeName(string location, string name) =>
        new("KPIW-K007", $"the name '{name.Replace("\n", "\\n").Replace("\r", "\\r")}' contains a control character (TMDL names cannot hold line breaks)", location);

    /// <summary>A KPI's DAX has unbalanced brackets, parentheses or quotes.</summary>
    public static Diagnostic UnbalancedDax(string location, string reason) =>
        new("KPIW-K008", $"the DAX expression is not balanced: {reason}", location);
}
