using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Query.Model;

/// <summary>The model reader's user errors (codes KPIW-Q1…, listed in docs/dax-host.md).</summary>
public static class ModelDiagnostics
{
    /// <summary>KPIW-Q101: the model file is missing or unreadable.</summary>
    public static Diagnostic CannotRead(string path, string reason) =>
        new("KPIW-Q101", $"cannot read the model file: {reason}", path);

    /// <summary>KPIW-Q102: the file is not JSON.</summary>
    public static Diagnostic NotJson(string location, string reason) =>
        new("KPIW-Q102", $"the model file is not valid JSON: {reason}", location);

    /// <summary>KPIW-Q103: JSON, but not a TMSL database object.</summary>
    public static Diagnostic NotDatabase(string location) =>
        new("KPIW-Q103", "not a TMSL database: expected an object with a \"model\" object (model.bim), or a createOrReplace script", location);

    /// <summary>KPIW-Q104: a required property is missing or has the wrong JSON type.</summary>
    public static Diagnostic BadProperty(string location, string property, string expected) =>
        new("KPIW-Q104", $"\"{property}\" must be {expected}", location);

    /// <summary>KPIW-Q105: a relationship or role refers to a table or column the model does not have.</summary>
    public static Diagnostic UnknownReference(string location, string what) =>
        new("KPIW-Q105", $"refers to {what}, which the model does not have", location);

    /// <summary>KPIW-Q106: two tables, two columns of a table, or two measures share a name (names ignore case).</summary>
    public static Diagnostic DuplicateName(string location, string what) =>
        new("KPIW-Q106", $"{what} is defined twice (names ignore case)", location);

    /// <summary>KPIW-Q107: a property has a value TMSL does not define.</summary>
    public static Diagnostic UnknownValue(string location, string property, string value, string allowed) =>
        new("KPIW-Q107", $"\"{property}\" is \"{value}\"; expected one of {allowed}", location);

    /// <summary>KPIW-Q108: a TMDL line the reader cannot make sense of.</summary>
    public static Diagnostic BadTmdl(string location, string reason) =>
        new("KPIW-Q108", $"cannot read TMDL: {reason}", location);
}
