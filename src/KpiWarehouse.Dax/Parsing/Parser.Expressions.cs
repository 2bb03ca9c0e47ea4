using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// Operators by precedence climbing over <see cref="OperatorPrecedence"/>: one loop folds a chain of
/// operators of equal or higher precedence to the left, so <c>a - b - c</c> is <c>(a - b) - c</c>.
/// </summary>
internal sealed partial class Parser
{
    private Expression? ParseExpression() => ParseBinary(OperatorPrecedence.Or);

    private Expression? ParseBinary(int minPrecedence)
    {
        if (!Enter())
        {
            return null;
        }

        var left = ParsePrefix(minPrecedence);
        var result = left is null ? null : ParseBinaryRest(left, minPrecedence);
        Exit();
        return result;
    }

    /// <summary>
    /// NOT takes an operand of comparison precedence or tighter (<c>NOT a = b</c> is <c>NOT (a = b)</c>);
    /// a sign takes a power (<c>-2 ^ 2</c> is <c>-(2 ^ 2)</c>), or just a primary on the right of <c>^</c>
    /// (<c>2 ^ -1 ^ 2</c> is <c>(2 ^ -1) ^ 2</c>).
    /// </summary>
    private Expression? ParsePrefix(int minPrecedence)
    {
        UnaryOperator? op = Current.Kind switch
        {
            TokenKind.Plus => UnaryOperator.Plus,
            TokenKind.Minus => UnaryOperator.Minus,
            TokenKind.Identifier when AtKeyword("NOT") => UnaryOperator.Not,
            _ => null,
        };
        if (op is not { } unary)
        {
            return ParsePrimary();
        }

        var token = Advance();
        var operandPrecedence = unary == UnaryOperator.Not ? OperatorPrecedence.Not : OperatorPrecedence.Power;
        var operand = ParseBinary(Math.Max(minPrecedence, operandPrecedence));
        if (operand is null)
        {
            return null;
        }

        return operand is TupleExpression
            ? Fail<Expression>(DaxDiagnostics.MisplacedTuple(operand.Span))
            : new UnaryExpression(unary, operand, TextSpan.Cover(token.Span, operand.Span));
    }

    private Expression? ParseBinaryRest(Expression left, int minPrecedence)
    {
        while (BinaryOperatorAt(Current) is { } op && OperatorPrecedence.Of(op) >= minPrecedence)
        {
            if (left is TupleExpression && op != BinaryOperator.In)
            {
                return Fail<Expression>(DaxDiagnostics.MisplacedTuple(left.Span));
            }

            var token = Advance();
            var right = ParseBinary(OperatorPrecedence.Of(op) + 1);
            if (right is null)
            {
                return null;
            }

            if (right is TupleExpression)
            {
                return Fail<Expression>(DaxDiagnostics.MisplacedTuple(right.Span));
            }

            left = new BinaryExpression(op, left, right, token.Span, TextSpan.Cover(left.Span, right.Span));
        }

        return left;
    }

    private static BinaryOperator? BinaryOperatorAt(SyntaxToken token) => token.Kind switch
    {
        TokenKind.Caret => BinaryOperator.Power,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Ampersand => BinaryOperator.Concatenate,
        TokenKind.Equals => BinaryOperator.Equal,
        TokenKind.EqualsEquals => BinaryOperator.StrictEqual,
        TokenKind.NotEquals => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.LessThan,
        TokenKind.Greater => BinaryOperator.GreaterThan,
        TokenKind.LessOrEqual => BinaryOperator.LessThanOrEqual,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterThanOrEqual,
        TokenKind.AmpersandAmpersand => BinaryOperator.And,
        TokenKind.PipePipe => BinaryOperator.Or,
        TokenKind.Identifier when IsKeyword(token, "IN") => BinaryOperator.In,
        _ => null,
    };
}
