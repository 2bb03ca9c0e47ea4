using System.Collections.Immutable;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// Turns DAX text into tokens in one left-to-right pass, on demand, skipping whitespace and the three
/// comment forms (<c>// …</c>, <c>-- …</c>, <c>/* … */</c>). Stops at the first lexical error. Linear in
/// the text length; never looks back; a parser that stops early leaves the rest of the text unread.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private SyntaxToken _scanned;

    /// <summary>A lexer at the start of <paramref name="text"/>; <see cref="Next"/> reads one token at a time.</summary>
    public Lexer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>The lexical error met so far, if any; after it <see cref="Next"/> only returns the end.</summary>
    public DaxDiagnostic? Error { get; private set; }

    /// <summary>The tokens of <paramref name="text"/>, or those before the first lexical error and the error.</summary>
    public static LexResult Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        SyntaxToken token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfInput);

        return new LexResult(tokens.ToImmutable(), lexer.Error);
    }

    /// <summary>
    /// The next token; at the end of the text, or from a lexical error on, an empty
    /// <see cref="TokenKind.EndOfInput"/> token (at the error's position after an error).
    /// </summary>
    public SyntaxToken Next()
    {
        if (Error is null)
        {
            var error = SkipTrivia();
            if (error is null && _position < _text.Length)
            {
                error = ScanToken();
                if (error is null)
                {
                    return _scanned;
                }
            }

            Error = error;
        }

        return new SyntaxToken(TokenKind.EndOfInput, "", "", SpanAt(_position, _line, _lineStart, 0));
    }

    private DaxDiagnostic? SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is '\n' or '\r')
            {
                NewLine();
            }
            else if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if ((c == '/' && Peek(1) == '/') || (c == '-' && Peek(1) == '-'))
            {
                while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var error = SkipBlockComment();
                if (error is not null)
                {
                    return error;
                }
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    private DaxDiagnostic? SkipBlockComment()
    {
        var (start, line, lineStart) = Mark();
        _position += 2;
        while (_position < _text.Length)
        {
            if (_text[_position] == '*' && Peek(1) == '/')
            {
                _position += 2;
                return null;
            }

            if (_text[_position] is '\n' or '\r')
            {
                NewLine();
            }
            else
            {
                _position++;
            }
        }

        return Rewind(start, line, lineStart, DaxDiagnostics.Unterminated("block comment", "'*/'", SpanAt(start, line, lineStart, 2)));
    }

    private DaxDiagnostic? ScanToken()
    {
        var c = _text[_position];
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            ScanNumber();
            return null;
        }

        if (SyntaxFacts.IsNameStart(c))
        {
            ScanName(TokenKind.Identifier, _position);
            return null;
        }

        return c switch
        {
            '"' => ScanDelimited(TokenKind.String, '"', "string literal", allowLineBreaks: true),
            '\'' => ScanDelimited(TokenKind.QuotedName, '\'', "quoted name", allowLineBreaks: false),
            '[' => ScanDelimited(TokenKind.BracketedName, ']', "bracketed name", allowLineBreaks: false),
            '@' => ScanParameter(),
            _ => ScanOperator(c),
        };
    }

    private char Peek(int ahead) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void NewLine()
    {
        if (_text[_position] == '\r' && Peek(1) == '\n')
        {
            _position++;
        }

        _position++;
        _line++;
        _lineStart = _position;
    }

    private (int Start, int Line, int LineStart) Mark() => (_position, _line, _lineStart);

    private DaxDiagnostic Rewind(int start, int line, int lineStart, DaxDiagnostic error)
    {
        _position = start;
        _line = line;
        _lineStart = lineStart;
        return error;
    }

    private TextSpan SpanFrom(int start, int line, int lineStart) =>
        new(start, _position - start, line, start - lineStart + 1);

    private static TextSpan SpanAt(int start, int line, int lineStart, int length) =>
        new(start, length, line, start - lineStart + 1);

    private void Add(TokenKind kind, int start, int line, int lineStart, string value)
    {
        var span = SpanFrom(start, line, lineStart);
        _scanned = new SyntaxToken(kind, _text.Substring(start, span.Length), value, span);
    }
}
