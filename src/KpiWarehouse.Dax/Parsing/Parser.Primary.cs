using System.Globalization;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>Literals, references, calls and the keywords that start an expression.</summary>
internal sealed partial class Parser
{
    private Expression? ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return ParseNumber(token);
            case TokenKind.String:
                Advance();
                return new StringLiteral(token.Value, token.Span);
            case TokenKind.Parameter:
                Advance();
                return new ParameterReference(token.Value, token.Span);
            case TokenKind.BracketedName:
                Advance();
                return token.Value.Length == 0
                    ? Fail<Expression>(DaxDiagnostics.EmptyName(token.Span))
                    : new ColumnReference(null, false, token.Value, token.Span);
            case TokenKind.QuotedName:
                return ParseTableName(quoted: true);
            case TokenKind.OpenParen:
                return ParseParenthesized();
            case TokenKind.OpenBrace:
                return ParseTableConstructor();
            case TokenKind.Identifier:
                return ParseWord();
            default:
                return Fail<Expression>(DaxDiagnostics.ExpectedExpression(Describe(token), token.Span));
        }
    }

    private Expression? ParseWord()
    {
        var token = Current;
        var next = NextToken.Kind;
        if (IsKeyword(token, "VAR") && next is not (TokenKind.OpenParen or TokenKind.BracketedName))
        {
            return ParseVar();
        }

        var boolean = IsKeyword(token, "TRUE") ? true : IsKeyword(token, "FALSE") ? false : (bool?)null;
        if (next == TokenKind.OpenParen)
        {
            return boolean is { } value ? ParseBooleanCall(value) : ParseCall();
        }

        if (next == TokenKind.BracketedName)
        {
            return ParseTableName(quoted: false);
        }

        if (boolean is { } literal)
        {
            Advance();
            return new BooleanLiteral(literal, token.Span);
        }

        if (SyntaxFacts.IsReserved(token.Text))
        {
            return Fail<Expression>(DaxDiagnostics.ExpectedExpression(Describe(token), token.Span));
        }

        if (token.Text.Contains('.', StringComparison.Ordinal))
        {
            // Only function names may contain dots; a table so named must be quoted.
            return Fail<Expression>(DaxDiagnostics.Expected($"'(' after the function name {token.Text}", Describe(NextToken), NextToken.Span));
        }

        Advance();
        return new NameReference(token.Value, false, token.Span);
    }

    /// <summary><c>Table</c>, <c>'Table'</c>, or either followed by <c>[Name]</c>.</summary>
    private Expression? ParseTableName(bool quoted)
    {
        var table = Advance();
        if (table.Value.Length == 0)
        {
            return Fail<Expression>(DaxDiagnostics.EmptyName(table.Span));
        }

        if (!quoted && table.Text.Contains('.', StringComparison.Ordinal))
        {
            return Fail<Expression>(DaxDiagnostics.Expected($"'(' after the function name {table.Text}", Describe(Current), Current.Span));
        }

        if (!At(TokenKind.BracketedName))
        {
            return new NameReference(table.Value, quoted, table.Span);
        }

        var column = Advance();
        return column.Value.Length == 0
            ? Fail<Expression>(DaxDiagnostics.EmptyName(column.Span))
            : new ColumnReference(table.Value, quoted, column.Value, TextSpan.Cover(table.Span, column.Span));
    }

    private Expression? ParseBooleanCall(bool value)
    {
        var name = Advance();
        var open = Advance();
        return ExpectClose(TokenKind.CloseParen, ")", $"the call to {name.Text.ToUpperInvariant()}", open.Span)
            ? new BooleanLiteral(value, SpanFrom(name.Span))
            : null;
    }

    private Expression? ParseNumber(SyntaxToken token)
    {
        var text = token.Text;
        if (text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            return new NumberLiteral(text, integer, integer, token.Span);
        }

        var value = double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        var mantissa = text.AsSpan(0, text.AsSpan().IndexOfAny('e', 'E') is var e and >= 0 ? e : text.Length);
        var underflow = value == 0 && mantissa.IndexOfAnyInRange('1', '9') >= 0;
        return double.IsInfinity(value) || underflow
            ? Fail<Expression>(DaxDiagnostics.NumberOutOfRange(text, token.Span))
            : new NumberLiteral(text, null, value, token.Span);
    }
}
