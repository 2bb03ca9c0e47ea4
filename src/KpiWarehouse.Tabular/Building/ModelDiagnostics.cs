using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Tabular.Building;

/// <summary>The model generator's user errors (codes KPIW-M…, listed in docs/model.md).</summary>
public static class ModelDiagnostics
{
    /// <summary>The warehouse folder does not exist.</summary>
    public static Diagnostic NoWarehouse(string path) =>
        new("KPIW-M001", "the warehouse folder does not exist (run 'kpiw load' first)", path);

    /// <summary>The warehouse has no published generation.</summary>
    public static Diagnostic NoCurrentGeneration(string path) =>
        new("KPIW-M002", "the warehouse has no published generation ('current' is missing or points nowhere)", path);

    /// <summary>manifest.json is missing, unreadable or not the documented shape.</summary>
    public static Diagnostic BadManifest(string path, string reason) =>
        new("KPIW-M003", $"cannot read the warehouse manifest: {reason}", path);

    /// <summary>A table of the star schema is not in the manifest.</summary>
    public static Diagnostic MissingTable(string path, string table) =>
        new("KPIW-M004", $"the warehouse has no table '{table}' (see docs/star-schema.md)", path);

    /// <summary>A column the model needs is not in the manifest.</summary>
    public static Diagnostic MissingColumn(string path, string table, string column) =>
        new("KPIW-M005", $"table '{table}' has no column '{column}' (see docs/star-schema.md)", path);

    /// <summary>A column has a type the model does not map (floating point included: money is fixed decimal).</summary>
    public static Diagnostic UnsupportedType(string path, string table, string column, string type) =>
        new("KPIW-M006", $"column '{table}.{column}' has type {type}, which the model does not map (floating point is not allowed; use DECIMAL)", path);

    /// <summary>A measure refers to a table, column or measure the model does not have.</summary>
    public static Diagnostic UnknownReference(string kpi, string reference) =>
        new("KPIW-M007", $"measure '{kpi}' refers to {reference}, which the model does not have", "models/kpi-catalog.json");

    /// <summary>A name from the warehouse holds a character TMDL cannot carry.</summary>
    public static Diagnostic UnsafeName(string path, string name) =>
        new("KPIW-M008", $"the name '{name.Replace("\n", "\\n").Replace("\r", "\\r")}' contains a control character (TMDL names cannot hold line breaks)", path);

    /// <summary>The output folder cannot be written.</summary>
    public static Diagnostic CannotWrite(string path, string reason) =>
        new("KPIW-M009", $"cannot write the model: {reason}", path);
}
