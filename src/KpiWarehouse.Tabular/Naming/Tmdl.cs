namespace KpiWarehouse.Tabular.Naming;

/// <summary>How names and property values are written in TMDL.</summary>
public static class Tmdl
{
    /// <summary>
    /// An object name: bare when it is a plain identifier, otherwise in single quotes with quotes doubled
    /// (<c>'Order Id'</c>, <c>'O''Brien'</c>). TMDL cannot hold a line break in a name; the builder rejects those.
    /// </summary>
    public static string Name(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : "'" + name.Replace("'", "''") + "'";

    /// <summary>A column reference in a relationship: <c>Sales.'Order Date'</c>.</summary>
    public static string ColumnReference(string table, string column) => Name(table) + "." + Name(column);

    /// <summary>
    /// A text property value: as is, unless TMDL would read it differently (empty, surrounding spaces, a leading
    /// quote, apostrophe or backtick), then in double quotes with quotes doubled.
    /// </summary>
    public static string Value(string value) =>
        value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value[0] is '"' or '`' or '\''
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
}
