using System.Collections.Immutable;

namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// <c>{ 1, 2 }</c> (one column, <c>Value</c>) or <c>{ (1, "a"), (2, "b") }</c> (columns <c>Value1</c>,
/// <c>Value2</c>, …). Every row has the same number of values (the parser checks it).
/// </summary>
public sealed class TableConstructor(ImmutableArray<TableConstructorRow> rows, TextSpan span) : Expression(span)
{
    /// <summary>The rows, at least one.</summary>
    public ImmutableArray<TableConstructorRow> Rows { get; } = rows;

    /// <summary>The number of values in every row.</summary>
    public int ColumnCount => Rows[0].Values.Length;

    public override IEnumerable<SyntaxNode> ChildNodes() => Rows;
}

/// <summary>One row of a table constructor: a single value, or a parenthesized list of values.</summary>
public sealed class TableConstructorRow(ImmutableArray<Expression> values, TextSpan span) : SyntaxNode(span)
{
    public ImmutableArray<Expression> Values { get; } = values;

    public override IEnumerable<SyntaxNode> ChildNodes() => Values;
}

/// <summary>
/// <c>(a, b)</c> as the left operand of IN (<c>('T'[A], 'T'[B]) IN { (1, 2) }</c>); the parser accepts
/// it nowhere else.
/// </summary>
public sealed class TupleExpression(ImmutableArray<Expression> values, TextSpan span) : Expression(span)
{
    /// <summary>The values, at least two.</summary>
    public ImmutableArray<Expression> Values { get; } = values;

    public override IEnumerable<SyntaxNode> ChildNodes() => Values;
}
