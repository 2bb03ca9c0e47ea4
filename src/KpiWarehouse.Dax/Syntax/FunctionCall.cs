using System.Collections.Immutable;

namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// <c>NAME(arg, …)</c>. <see cref="Name"/> is as written (DAX function names are case-insensitive;
/// compare with <see cref="StringComparer.OrdinalIgnoreCase"/>) and may contain dots (<c>NORM.DIST</c>).
/// A skipped argument (<c>RANKX(T, [M], , DESC)</c>) is an <see cref="OmittedArgument"/>.
/// </summary>
public sealed class FunctionCall(string name, TextSpan nameSpan, ImmutableArray<Expression> arguments, TextSpan span)
    : Expression(span)
{
    public string Name { get; } = name;

    /// <summary>Where the function name is.</summary>
    public TextSpan NameSpan { get; } = nameSpan;

    public ImmutableArray<Expression> Arguments { get; } = arguments;

    public override IEnumerable<SyntaxNode> ChildNodes() => Arguments;
}

/// <summary>An argument left empty between commas; its span is empty and sits where it was expected.</summary>
public sealed class OmittedArgument(TextSpan span) : Expression(span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
