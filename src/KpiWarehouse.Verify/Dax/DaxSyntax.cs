namespace KpiWarehouse.Verify.Dax;

/// <summary>How names and literals are written in DAX text (the escaping rules of the DAX syntax).</summary>
public static class DaxSyntax
{
    /// <summary>A table name, always quoted: <c>'Date'</c>; an apostrophe inside is doubled.</summary>
    public static string Table(string name) => $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>A column or measure name in brackets: <c>[Win Rate]</c>; a closing bracket inside is doubled.</summary>
    public static string Name(string name) => $"[{name.Replace("]", "]]", StringComparison.Ordinal)}]";

    /// <summary>A fully qualified column: <c>'Customer'[Region]</c>.</summary>
    public static string Column(string table, string column) => Table(table) + Name(column);

    /// <summary>A text literal: <c>"YTD"</c>; a double quote inside is doubled.</summary>
    public static string String(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
