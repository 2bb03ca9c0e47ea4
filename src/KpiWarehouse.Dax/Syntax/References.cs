namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// <c>'Table'[Name]</c>, <c>Table[Name]</c> or <c>[Name]</c>. Whether <see cref="Name"/> is a column or
/// a measure is for the binder to decide (DAX allows <c>'Table'[Measure]</c> and <c>[Column]</c>).
/// Names are unescaped.
/// </summary>
public sealed class ColumnReference(string? table, bool tableIsQuoted, string name, TextSpan span) : Expression(span)
{
    /// <summary>The table name, or null for a bare <c>[Name]</c>.</summary>
    public string? Table { get; } = table;

    /// <summary>True when the table was written in apostrophes (<c>'Sales'[Amount]</c>).</summary>
    public bool TableIsQuoted { get; } = tableIsQuoted;

    /// <summary>The name inside the brackets.</summary>
    public string Name { get; } = name;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>
/// A bare name (<c>Sales</c>, <c>_rows</c>) or a quoted one (<c>'Sales Data'</c>). Unquoted it is a
/// variable if one is in scope, else a table; quoted it is always a table.
/// </summary>
public sealed class NameReference(string name, bool isQuoted, TextSpan span) : Expression(span)
{
    /// <summary>The unescaped name.</summary>
    public string Name { get; } = name;

    /// <summary>True when written in apostrophes.</summary>
    public bool IsQuoted { get; } = isQuoted;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>A query parameter <c>@Name</c>; <see cref="Name"/> is without the <c>@</c>.</summary>
public sealed class ParameterReference(string name, TextSpan span) : Expression(span)
{
    public string Name { get; } = name;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
