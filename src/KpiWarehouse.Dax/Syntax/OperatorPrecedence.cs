namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// DAX operator precedence, higher binds tighter. Levels follow the Microsoft Learn table
/// (https://learn.microsoft.com/dax/dax-operator-reference#operator-precedence): ^, sign, * /, + -, &amp;,
/// comparison and IN, NOT; then &amp;&amp; above || as in dax.guide (https://dax.guide/operators/).
/// Operators of equal precedence group left to right.
/// </summary>
public static class OperatorPrecedence
{
    public const int Or = 1;
    public const int And = 2;
    public const int Not = 3;
    public const int Comparison = 4;
    public const int Concatenate = 5;
    public const int Additive = 6;
    public const int Multiplicative = 7;
    public const int Sign = 8;
    public const int Power = 9;
    /// <summary>Literals, references, calls, constructors and VAR blocks' own delimiters.</summary>
    public const int Primary = 10;

    /// <summary>The precedence of a binary operator.</summary>
    public static int Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Power => Power,
        BinaryOperator.Multiply or BinaryOperator.Divide => Multiplicative,
        BinaryOperator.Add or BinaryOperator.Subtract => Additive,
        BinaryOperator.Concatenate => Concatenate,
        BinaryOperator.And => And,
        BinaryOperator.Or => Or,
        _ => Comparison,
    };

    /// <summary>The precedence of a unary operator.</summary>
    public static int Of(UnaryOperator op) => op == UnaryOperator.Not ? Not : Sign;

    /// <summary>The DAX text of a binary operator (<c>&amp;&amp;</c>, <c>IN</c>, …).</summary>
    public static string Text(BinaryOperator op) => op switch
    {
        BinaryOperator.Power => "^",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Concatenate => "&",
        BinaryOperator.Equal => "=",
        BinaryOperator.StrictEqual => "==",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.LessThan => "<",
        BinaryOperator.GreaterThan => ">",
        BinaryOperator.LessThanOrEqual => "<=",
        BinaryOperator.GreaterThanOrEqual => ">=",
        BinaryOperator.In => "IN",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>The DAX text of a unary operator.</summary>
    public static string Text(UnaryOperator op) => op switch
    {
        UnaryOperator.Plus => "+",
        UnaryOperator.Minus => "-",
        UnaryOperator.Not => "NOT",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
