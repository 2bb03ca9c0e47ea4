using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// Recursive descent over the token list, stopping at the first error: every Parse method returns null
/// after recording the diagnostic in <see cref="_error"/>, and callers return null at once.
/// </summary>
internal sealed partial class Parser
{
    private readonly Lexer _lexer;
    private SyntaxToken _previous;
    private SyntaxToken _current;
    private SyntaxToken _next;
    private int _depth;
    private DaxDiagnostic? _error;

    public Parser(string text)
    {
        _lexer = new Lexer(text);
        _current = _lexer.Next();
        _next = _lexer.Next();
        _previous = _current;
    }

    public ParseResult<Expression> ParseStandaloneExpression()
    {
        var expression = ParseExpression();
        if (expression is not null && Current.Kind != TokenKind.EndOfInput)
        {
            Fail(DaxDiagnostics.UnexpectedAfterEnd(Describe(Current), "the end of the expression", "an operator or the end of the text", Current.Span));
        }

        return Finish(expression);
    }

    public ParseResult<DaxQuery> ParseStandaloneQuery() => Finish(ParseQuery());

    private ParseResult<T> Finish<T>(T? tree)
        where T : SyntaxNode
    {
        // The lexer stopped at its error and ended the tokens there; parsing may have succeeded on the
        // truncated text or failed at that fake end. Either way the lexical error is the one to report.
        if (_lexer.Error is { } lexError && (_error is null || _error.Span?.Start >= lexError.Span?.Start))
        {
            return ParseResult<T>.Fail(lexError);
        }

        if (_error is not null)
        {
            return ParseResult<T>.Fail(_error);
        }

        var tooDeep = DepthCheck.FindTooDeep(tree!, DaxParser.MaxDepth);
        return tooDeep is { } at
            ? ParseResult<T>.Fail(DaxDiagnostics.NestingTooDeep(DaxParser.MaxDepth, at))
            : ParseResult<T>.Ok(tree!);
    }

    private SyntaxToken Current => _current;

    /// <summary>The token after <see cref="Current"/>: the parser never needs to look further.</summary>
    private SyntaxToken NextToken => _next;

    private SyntaxToken Advance()
    {
        var token = _current;
        if (token.Kind != TokenKind.EndOfInput)
        {
            _previous = _current;
            _current = _next;
            _next = _next.Kind == TokenKind.EndOfInput ? _next : _lexer.Next();
        }

        return token;
    }

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtKeyword(string keyword) => IsKeyword(Current, keyword);

    private static bool IsKeyword(SyntaxToken token, string keyword) =>
        token.Kind == TokenKind.Identifier && string.Equals(token.Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>The span of the last token consumed, for nodes that end there.</summary>
    private TextSpan Previous => _previous.Span;

    private TextSpan SpanFrom(TextSpan start) => TextSpan.Cover(start, Previous);

    private T? Fail<T>(DaxDiagnostic diagnostic)
        where T : class
    {
        _error ??= diagnostic;
        return null;
    }

    private void Fail(DaxDiagnostic diagnostic) => _error ??= diagnostic;

    /// <summary>Counts one level of nesting; false (with DAX0007 recorded) past the limit.</summary>
    private bool Enter()
    {
        if (++_depth <= DaxParser.MaxDepth)
        {
            return true;
        }

        Fail(DaxDiagnostics.NestingTooDeep(DaxParser.MaxDepth, Current.Span));
        return false;
    }

    private void Exit() => _depth--;

    private bool Expect(TokenKind kind, string expected)
    {
        if (At(kind))
        {
            Advance();
            return true;
        }

        Fail(DaxDiagnostics.Expected(expected, Describe(Current), Current.Span));
        return false;
    }

    private bool ExpectKeyword(string keyword, string context)
    {
        if (AtKeyword(keyword))
        {
            Advance();
            return true;
        }

        Fail(DaxDiagnostics.Expected($"{keyword} {context}", Describe(Current), Current.Span));
        return false;
    }

    private bool ExpectClose(TokenKind closer, string closerText, string construct, TextSpan openedAt)
    {
        if (At(closer))
        {
            Advance();
            return true;
        }

        Fail(DaxDiagnostics.Unclosed(closerText, construct, openedAt, Describe(Current), Current.Span));
        return false;
    }

    /// <summary>How a token is named in a message: <c>end of input</c>, <c>keyword RETURN</c>, <c>','</c>.</summary>
    private static string Describe(SyntaxToken token)
    {
        if (token.Kind == TokenKind.EndOfInput)
        {
            return "end of input";
        }

        if (token.Kind == TokenKind.Identifier && SyntaxFacts.IsKeyword(token.Text))
        {
            return "keyword " + token.Text.ToUpperInvariant();
        }

        var text = token.Text.Length <= 30 ? token.Text : string.Concat(token.Text.AsSpan(0, 27), "...");
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return token.Kind switch
        {
            TokenKind.String => "string " + text,
            TokenKind.Number => "number " + text,
            TokenKind.Identifier or TokenKind.QuotedName or TokenKind.BracketedName or TokenKind.Parameter => "name " + text,
            _ => "'" + text + "'",
        };
    }
}
