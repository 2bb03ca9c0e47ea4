using System.Collections.Immutable;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>Constructs with their own delimiters: parentheses, calls, table constructors, VAR blocks.</summary>
internal sealed partial class Parser
{
    private Expression? ParseParenthesized()
    {
        var open = Advance();
        var first = ParseExpression();
        if (first is null)
        {
            return null;
        }

        if (!At(TokenKind.Comma))
        {
            return ExpectClose(TokenKind.CloseParen, ")", "the parenthesis", open.Span) ? first : null;
        }

        var values = ParseValueList(first, open.Span, "the list of values");
        if (values is null)
        {
            return null;
        }

        var tuple = new TupleExpression(values.Value, SpanFrom(open.Span));
        return AtKeyword("IN") ? tuple : Fail<Expression>(DaxDiagnostics.MisplacedTuple(tuple.Span));
    }

    /// <summary>The rest of <c>(first, b, c)</c> from the comma after <paramref name="first"/> to the closing parenthesis.</summary>
    private ImmutableArray<Expression>? ParseValueList(Expression first, TextSpan openedAt, string construct)
    {
        var values = ImmutableArray.CreateBuilder<Expression>();
        values.Add(first);
        while (At(TokenKind.Comma))
        {
            Advance();
            var value = ParseExpression();
            if (value is null)
            {
                return null;
            }

            values.Add(value);
        }

        return ExpectClose(TokenKind.CloseParen, ")", construct, openedAt) ? values.ToImmutable() : null;
    }

    private Expression? ParseCall()
    {
        var name = Advance();
        var open = Advance();
        var arguments = ImmutableArray.CreateBuilder<Expression>();
        var construct = $"the call to {name.Text}";
        if (At(TokenKind.CloseParen))
        {
            Advance();
            return new FunctionCall(name.Text, name.Span, [], SpanFrom(name.Span));
        }

        while (true)
        {
            var argument = At(TokenKind.Comma) || At(TokenKind.CloseParen)
                ? new OmittedArgument(Current.Span with { Length = 0 })
                : ParseExpression();
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            if (At(TokenKind.Comma))
            {
                Advance();
                continue;
            }

            return ExpectClose(TokenKind.CloseParen, ")", construct, open.Span)
                ? new FunctionCall(name.Text, name.Span, arguments.ToImmutable(), SpanFrom(name.Span))
                : null;
        }
    }

    private Expression? ParseTableConstructor()
    {
        var open = Advance();
        var rows = ImmutableArray.CreateBuilder<TableConstructorRow>();
        while (true)
        {
            var row = ParseConstructorRow();
            if (row is null)
            {
                return null;
            }

            if (rows.Count > 0 && row.Values.Length != rows[0].Values.Length)
            {
                return Fail<Expression>(DaxDiagnostics.RowWidthMismatch(rows[0].Values.Length, row.Values.Length, row.Span));
            }

            rows.Add(row);
            if (At(TokenKind.Comma))
            {
                Advance();
                continue;
            }

            return ExpectClose(TokenKind.CloseBrace, "}", "the table constructor", open.Span)
                ? new TableConstructor(rows.ToImmutable(), SpanFrom(open.Span))
                : null;
        }
    }

    /// <summary>
    /// A row is <c>(a, b, …)</c> or one value. A value may itself start with a parenthesis
    /// (<c>{ (1 + 2) * 3 }</c>, <c>{ (a, b) IN t }</c>), so the expression continues from it.
    /// </summary>
    private TableConstructorRow? ParseConstructorRow()
    {
        if (!At(TokenKind.OpenParen))
        {
            var value = ParseExpression();
            return value is null ? null : new TableConstructorRow([value], value.Span);
        }

        var open = Advance();
        var first = ParseExpression();
        if (first is null)
        {
            return null;
        }

        if (At(TokenKind.Comma))
        {
            var values = ParseValueList(first, open.Span, "the row");
            if (values is null)
            {
                return null;
            }

            if (!AtKeyword("IN"))
            {
                return new TableConstructorRow(values.Value, SpanFrom(open.Span));
            }

            // { (a, b) IN t } is one value: the list was the left operand of IN, not a row.
            first = new TupleExpression(values.Value, SpanFrom(open.Span));
        }
        else if (!ExpectClose(TokenKind.CloseParen, ")", "the parenthesis", open.Span))
        {
            return null;
        }

        if (!Enter())
        {
            return null;
        }

        var expression = ParseBinaryRest(first, OperatorPrecedence.Or);
        Exit();
        return expression is null ? null : new TableConstructorRow([expression], SpanFrom(open.Span));
    }

    private Expression? ParseVar()
    {
        var start = Current.Span;
        var declarations = ImmutableArray.CreateBuilder<VariableDeclaration>();
        var seen = new Dictionary<string, TextSpan>(StringComparer.OrdinalIgnoreCase);
        while (AtKeyword("VAR"))
        {
            var declaration = ParseVariable(seen);
            if (declaration is null)
            {
                return null;
            }

            declarations.Add(declaration);
        }

        if (!AtKeyword("RETURN"))
        {
            return Fail<Expression>(DaxDiagnostics.Expected(
                $"RETURN or another VAR to complete the VAR block started at {start}", Describe(Current), Current.Span));
        }

        Advance();
        var body = ParseExpression();
        return body is null ? null : new VarExpression(declarations.ToImmutable(), body, TextSpan.Cover(start, body.Span));
    }

    private VariableDeclaration? ParseVariable(Dictionary<string, TextSpan> seen)
    {
        var keyword = Advance();
        var name = ParseDefinedName("a variable name after VAR", seen, "variable");
        if (name is not { } token || !Expect(TokenKind.Equals, $"'=' after the variable name {token.Value}"))
        {
            return null;
        }

        var value = ParseExpression();
        return value is null ? null : new VariableDeclaration(token.Value, token.Span, value, TextSpan.Cover(keyword.Span, value.Span));
    }

    /// <summary>
    /// A plain name being defined (a variable, or a query table when <paramref name="allowQuoted"/>):
    /// no keyword, no dots; recorded in <paramref name="seen"/> so a second definition is DAX0014.
    /// </summary>
    private SyntaxToken? ParseDefinedName(string expected, Dictionary<string, TextSpan> seen, string kind, bool allowQuoted = false)
    {
        var token = Current;
        var plain = token.Kind == TokenKind.Identifier && SyntaxFacts.IsPlainName(token.Text);
        if (!plain && !(allowQuoted && token.Kind == TokenKind.QuotedName))
        {
            Fail(DaxDiagnostics.Expected(expected, Describe(token), token.Span));
            return null;
        }

        if (token.Value.Length == 0)
        {
            Fail(DaxDiagnostics.EmptyName(token.Span));
            return null;
        }

        if (seen.TryGetValue(token.Value, out var first))
        {
            Fail(DaxDiagnostics.DuplicateName(kind, token.Value, first, token.Span));
            return null;
        }

        seen.Add(token.Value, token.Span);
        return Advance();
    }
}
