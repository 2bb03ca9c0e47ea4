using System.Collections.Immutable;

namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// <c>VAR a = … VAR b = … RETURN body</c>. Each variable is visible to the later ones and to the body.
/// </summary>
public sealed class VarExpression(ImmutableArray<VariableDeclaration> variables, Expression body, TextSpan span)
    : Expression(span)
{
    /// <summary>The declarations, in source order (at least one).</summary>
    public ImmutableArray<VariableDeclaration> Variables { get; } = variables;

    /// <summary>The expression after RETURN.</summary>
    public Expression Body { get; } = body;

    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Variables, Body];
}

/// <summary>One <c>VAR name = value</c>.</summary>
public sealed class VariableDeclaration(string name, TextSpan nameSpan, Expression value, TextSpan span)
    : SyntaxNode(span)
{
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    public Expression Value { get; } = value;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Value];
}
