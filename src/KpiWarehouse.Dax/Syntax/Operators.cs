namespace KpiWarehouse.Dax.Syntax;

/// <summary>The binary operators of DAX. All are left-associative.</summary>
public enum BinaryOperator
{
    Power,
    Multiply,
    Divide,
    Add,
    Subtract,
    Concatenate,
    Equal,
    /// <summary><c>==</c>: equal without treating BLANK as 0, "" or FALSE.</summary>
    StrictEqual,
    NotEqual,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    /// <summary><c>x IN table</c>; the right operand is a table expression (often a table constructor).</summary>
    In,
    And,
    Or,
}

/// <summary>The prefix operators of DAX.</summary>
public enum UnaryOperator
{
    Plus,
    Minus,
    /// <summary><c>NOT x</c>; <c>NOT(x)</c> parses to the same node.</summary>
    Not,
}

/// <summary><c>Left op Right</c>.</summary>
public sealed class BinaryExpression(
    BinaryOperator @operator, Expression left, Expression right, TextSpan operatorSpan, TextSpan span) : Expression(span)
{
    public BinaryOperator Operator { get; } = @operator;

    public Expression Left { get; } = left;

    public Expression Right { get; } = right;

    /// <summary>Where the operator token is (diagnostics about the operation point here).</summary>
    public TextSpan OperatorSpan { get; } = operatorSpan;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Left, Right];
}

/// <summary><c>op Operand</c>.</summary>
public sealed class UnaryExpression(UnaryOperator @operator, Expression operand, TextSpan span) : Expression(span)
{
    public UnaryOperator Operator { get; } = @operator;

    public Expression Operand { get; } = operand;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Operand];
}
