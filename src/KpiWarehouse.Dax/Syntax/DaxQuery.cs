using System.Collections.Immutable;

namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// A DAX query: an optional DEFINE block, then one or more EVALUATE statements.
/// </summary>
public sealed class DaxQuery(ImmutableArray<Definition> definitions, ImmutableArray<EvaluateStatement> statements, TextSpan span)
    : SyntaxNode(span)
{
    /// <summary>The DEFINE block's entries, in source order (empty without DEFINE).</summary>
    public ImmutableArray<Definition> Definitions { get; } = definitions;

    /// <summary>The EVALUATE statements, at least one.</summary>
    public ImmutableArray<EvaluateStatement> Statements { get; } = statements;

    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Definitions, .. Statements];
}

/// <summary><c>EVALUATE table [ORDER BY e [ASC|DESC], … [START AT v, …]]</c>.</summary>
public sealed class EvaluateStatement(
    Expression table, ImmutableArray<OrderByItem> orderBy, ImmutableArray<Expression> startAt, TextSpan span)
    : SyntaxNode(span)
{
    /// <summary>The table expression evaluated.</summary>
    public Expression Table { get; } = table;

    /// <summary>The ORDER BY keys (empty without ORDER BY).</summary>
    public ImmutableArray<OrderByItem> OrderBy { get; } = orderBy;

    /// <summary>The START AT values, one per leading ORDER BY key (empty without START AT).</summary>
    public ImmutableArray<Expression> StartAt { get; } = startAt;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Table, .. OrderBy, .. StartAt];
}

/// <summary>The direction of an ORDER BY key.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>One ORDER BY key; ascending unless DESC is written.</summary>
public sealed class OrderByItem(Expression expression, SortDirection direction, TextSpan span) : SyntaxNode(span)
{
    public Expression Expression { get; } = expression;

    public SortDirection Direction { get; } = direction;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Expression];
}
