namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// A node of the immutable DAX syntax tree. Every node knows the span of source text it was parsed
/// from. Nodes compare by reference; use <see cref="SyntaxEquivalence"/> to compare shapes.
/// Grouping parentheses leave no node: the tree shape carries the grouping.
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(TextSpan span) => Span = span;

    /// <summary>The source text this node covers.</summary>
    public TextSpan Span { get; }

    /// <summary>The direct child nodes, in source order.</summary>
    public abstract IEnumerable<SyntaxNode> ChildNodes();

    /// <summary>The node printed as canonical DAX text (see <see cref="SyntaxPrinter"/>).</summary>
    public override string ToString() => SyntaxPrinter.Print(this);
}

/// <summary>A DAX expression: scalar or table valued (the parser does not know which).</summary>
public abstract class Expression : SyntaxNode
{
    private protected Expression(TextSpan span) : base(span)
    {
    }
}
