namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// A numeric literal. Written without a decimal point or exponent and within Int64 it is an
/// integer (<see cref="IntegerValue"/> set); otherwise it is a decimal number (double).
/// </summary>
public sealed class NumberLiteral(string text, long? integerValue, double value, TextSpan span) : Expression(span)
{
    /// <summary>The literal as written (<c>1.50</c>, <c>2E3</c>).</summary>
    public string Text { get; } = text;

    /// <summary>The value when the literal is an integer; null for decimal numbers.</summary>
    public long? IntegerValue { get; } = integerValue;

    /// <summary>The value as a double (always set, also for integers).</summary>
    public double Value { get; } = value;

    /// <summary>True for an integer literal.</summary>
    public bool IsInteger => IntegerValue.HasValue;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>A string literal; <see cref="Value"/> is unescaped (<c>"a""b"</c> gives <c>a"b</c>).</summary>
public sealed class StringLiteral(string value, TextSpan span) : Expression(span)
{
    public string Value { get; } = value;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary><c>TRUE()</c> / <c>FALSE()</c>, also written without parentheses.</summary>
public sealed class BooleanLiteral(bool value, TextSpan span) : Expression(span)
{
    public bool Value { get; } = value;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
