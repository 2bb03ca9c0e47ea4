using System.Collections.Immutable;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary><c>[DEFINE definition…] EVALUATE table [ORDER BY …] [START AT …] …</c></summary>
internal sealed partial class Parser
{

    private DaxQuery? ParseQuery()
    {
        var start = Current.Span;
        var definitions = ImmutableArray.CreateBuilder<Definition>();
        if (AtKeyword("DEFINE"))
        {
            Advance();
            var members = new Dictionary<string, TextSpan>(StringComparer.OrdinalIgnoreCase);
            var names = new Dictionary<string, TextSpan>(StringComparer.OrdinalIgnoreCase);
            while (!AtKeyword("EVALUATE"))
            {
                var definition = ParseDefinition(members, names, definitions.Count == 0);
                if (definition is null)
                {
                    return null;
                }

                definitions.Add(definition);
            }
        }

        if (!AtKeyword("EVALUATE"))
        {
            return Fail<DaxQuery>(DaxDiagnostics.MissingEvaluate(Describe(Current), Current.Span));
        }

        var statements = ImmutableArray.CreateBuilder<EvaluateStatement>();
        while (AtKeyword("EVALUATE"))
        {
            var statement = ParseEvaluate();
            if (statement is null)
            {
                return null;
            }

            statements.Add(statement);
        }

        if (!At(TokenKind.EndOfInput))
        {
            return Fail<DaxQuery>(DaxDiagnostics.UnexpectedAfterEnd(
                Describe(Current), "the EVALUATE statement", "an operator, ORDER BY, START AT, EVALUATE or the end of the query", Current.Span));
        }

        return new DaxQuery(definitions.ToImmutable(), statements.ToImmutable(), SpanFrom(start));
    }

    /// <summary>
    /// One DEFINE entry. <paramref name="members"/> holds the measures and columns defined so far,
    /// <paramref name="names"/> the tables and variables (one namespace: both are used as bare names).
    /// </summary>
    private Definition? ParseDefinition(Dictionary<string, TextSpan> members, Dictionary<string, TextSpan> names, bool first)
    {
        var keyword = Current;
        var word = keyword.Kind == TokenKind.Identifier ? keyword.Text.ToUpperInvariant() : "";
        switch (word)
        {
            case "MEASURE":
            case "COLUMN":
                return ParseColumnLikeDefinition(members, word);
            case "TABLE":
            case "VAR":
                return ParseNamedDefinition(names, word);
            case "FUNCTION":
                return Fail<Definition>(DaxDiagnostics.Unsupported("DEFINE FUNCTION (a user-defined function)", keyword.Span));
            default:
                var expected = first ? "MEASURE, VAR, TABLE or COLUMN after DEFINE" : "MEASURE, VAR, TABLE, COLUMN or EVALUATE";
                return Fail<Definition>(DaxDiagnostics.Expected(expected, Describe(keyword), keyword.Span));
        }
    }

    /// <summary><c>MEASURE 'Table'[Name] = expression</c> or <c>COLUMN 'Table'[Name] = expression</c>.</summary>
    private Definition? ParseColumnLikeDefinition(Dictionary<string, TextSpan> seen, string word)
    {
        var keyword = Advance();
        var table = Current;
        var tableOk = table.Kind == TokenKind.QuotedName
            || (table.Kind == TokenKind.Identifier && SyntaxFacts.IsPlainName(table.Text, allowKeyword: true));
        if (!tableOk || NextToken.Kind != TokenKind.BracketedName)
        {
            return Fail<Definition>(DaxDiagnostics.Expected($"a name such as 'Table'[Name] after {word}", Describe(table), table.Span));
        }

        Advance();
        var name = Advance();
        if (table.Value.Length == 0 || name.Value.Length == 0)
        {
            return Fail<Definition>(DaxDiagnostics.EmptyName(table.Value.Length == 0 ? table.Span : name.Span));
        }

        // Measure names are unique in a model; a column name only within its table.
        var kind = word == "MEASURE" ? "measure" : "column";
        var key = word == "MEASURE" ? "measure:" + name.Value : "column:" + table.Value + "\u0000" + name.Value;
        var shown = word == "MEASURE" ? SyntaxFacts.BracketName(name.Value) : SyntaxFacts.QuoteName(table.Value) + SyntaxFacts.BracketName(name.Value);
        if (seen.TryGetValue(key, out var firstAt))
        {
            return Fail<Definition>(DaxDiagnostics.DuplicateName(kind, shown, firstAt, name.Span));
        }

        seen.Add(key, name.Span);
        if (!Expect(TokenKind.Equals, $"'=' after the {kind} name {shown}"))
        {
            return null;
        }

        var expression = ParseExpression();
        if (expression is null)
        {
            return null;
        }

        var span = TextSpan.Cover(keyword.Span, expression.Span);
        return word == "MEASURE"
            ? new MeasureDefinition(table.Value, name.Value, name.Span, expression, span)
            : new ColumnDefinition(table.Value, name.Value, name.Span, expression, span);
    }

    /// <summary><c>TABLE Name = expression</c> or <c>VAR name = expression</c>.</summary>
    private Definition? ParseNamedDefinition(Dictionary<string, TextSpan> names, string word)
    {
        var keyword = Advance();
        var isTable = word == "TABLE";
        var expected = isTable ? "a table name after TABLE" : "a variable name after VAR";
        var name = ParseDefinedName(expected, names, isTable ? "table" : "variable", allowQuoted: isTable);
        if (name is not { } token)
        {
            return null;
        }

        if (!Expect(TokenKind.Equals, $"'=' after the {(isTable ? "table" : "variable")} name {token.Value}"))
        {
            return null;
        }

        var expression = ParseExpression();
        if (expression is null)
        {
            return null;
        }

        var span = TextSpan.Cover(keyword.Span, expression.Span);
        return isTable
            ? new TableDefinition(token.Value, token.Span, expression, span)
            : new VariableDefinition(token.Value, token.Span, expression, span);
    }

    private EvaluateStatement? ParseEvaluate()
    {
        var keyword = Advance();
        var table = ParseExpression();
        if (table is null)
        {
            return null;
        }

        var orderBy = ImmutableArray.CreateBuilder<OrderByItem>();
        if (AtKeyword("ORDER"))
        {
            Advance();
            if (!ExpectKeyword("BY", "after ORDER") || !ParseOrderBy(orderBy))
            {
                return null;
            }
        }

        var startAt = ImmutableArray.CreateBuilder<Expression>();
        if (AtKeyword("START"))
        {
            if (orderBy.Count == 0)
            {
                return Fail<EvaluateStatement>(DaxDiagnostics.Expected("ORDER BY before START AT", Describe(Current), Current.Span));
            }

            var start = Advance();
            if (!ExpectKeyword("AT", "after START") || !ParseCommaList(startAt))
            {
                return null;
            }

            if (startAt.Count > orderBy.Count)
            {
                return Fail<EvaluateStatement>(DaxDiagnostics.StartAtTooLong(orderBy.Count, startAt.Count, SpanFrom(start.Span)));
            }
        }

        return new EvaluateStatement(table, orderBy.ToImmutable(), startAt.ToImmutable(), SpanFrom(keyword.Span));
    }

    private bool ParseOrderBy(ImmutableArray<OrderByItem>.Builder items)
    {
        do
        {
            if (items.Count > 0)
            {
                Advance();
            }

            var expression = ParseExpression();
            if (expression is null)
            {
                return false;
            }

            var direction = SortDirection.Ascending;
            if (AtKeyword("ASC") || AtKeyword("DESC"))
            {
                direction = AtKeyword("DESC") ? SortDirection.Descending : SortDirection.Ascending;
                Advance();
            }

            items.Add(new OrderByItem(expression, direction, SpanFrom(expression.Span)));
        }
        while (At(TokenKind.Comma));

        return true;
    }

    private bool ParseCommaList(ImmutableArray<Expression>.Builder values)
    {
        do
        {
            if (values.Count > 0)
            {
                Advance();
            }

            var value = ParseExpression();
            if (value is null)
            {
                return false;
            }

            values.Add(value);
        }
        while (At(TokenKind.Comma));

        return true;
    }
}
