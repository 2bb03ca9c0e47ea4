namespace KpiWarehouse.Tabular.Naming;

/// <summary>How names and text are written inside DAX expressions.</summary>
public static class Dax
{
    /// <summary>A table reference, always quoted: <c>'Sales'</c>, <c>'O''Brien'</c>.</summary>
    public static string Table(string name) => "'" + name.Replace("'", "''") + "'";

    /// <summary>A column or measure name in brackets: <c>[Order Id]</c>, <c>[a]]b]</c>.</summary>
    public static string Name(string name) => "[" + name.Replace("]", "]]") + "]";

    /// <summary>A fully qualified column: <c>'Sales'[Order Id]</c>.</summary>
    public static string Column(string table, string column) => Table(table) + Name(column);

    /// <summary>A string literal: <c>"REVENUE"</c>, with embedded quotes doubled.</summary>
    public static string String(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
