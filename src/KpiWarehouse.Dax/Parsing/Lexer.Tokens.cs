using System.Text;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

public sealed partial class Lexer
{
    private void ScanNumber()
    {
        var (start, line, lineStart) = Mark();
        SkipDigits();
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            SkipDigits();
        }

        var exponentSign = Peek(1) is '+' or '-' ? 1 : 0;
        if (Peek(0) is 'e' or 'E' && char.IsAsciiDigit(Peek(1 + exponentSign)))
        {
            _position += 1 + exponentSign;
            SkipDigits();
        }

        var text = _text[start.._position];
        Add(TokenKind.Number, start, line, lineStart, text);
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek(0)))
        {
            _position++;
        }
    }

    private void ScanName(TokenKind kind, int start)
    {
        var line = _line;
        var lineStart = _lineStart;
        var nameStart = _position;
        while (_position < _text.Length && SyntaxFacts.IsNamePart(_text[_position]))
        {
            _position++;
        }

        Add(kind, start, line, lineStart, _text[nameStart.._position]);
    }

    private DaxDiagnostic? ScanParameter()
    {
        if (!SyntaxFacts.IsNameStart(Peek(1)))
        {
            return DaxDiagnostics.UnexpectedCharacter('@', SpanAt(_position, _line, _lineStart, 1));
        }

        var start = _position++;
        ScanName(TokenKind.Parameter, start);
        return null;
    }

    /// <summary>Strings, 'quoted names' and [bracketed names]: the closer doubled stands for itself.</summary>
    private DaxDiagnostic? ScanDelimited(TokenKind kind, char closer, string what, bool allowLineBreaks)
    {
        var (start, line, lineStart) = Mark();
        var value = new StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == closer)
            {
                if (Peek(1) != closer)
                {
                    _position++;
                    Add(kind, start, line, lineStart, value.ToString());
                    return null;
                }

                value.Append(closer);
                _position += 2;
            }
            else if (c is '\n' or '\r')
            {
                if (!allowLineBreaks)
                {
                    break;
                }

                var lineBreakStart = _position;
                NewLine();
                value.Append(_text, lineBreakStart, _position - lineBreakStart);
            }
            else
            {
                value.Append(c);
                _position++;
            }
        }

        return Rewind(start, line, lineStart, DaxDiagnostics.Unterminated(what, $"'{closer}'", SpanAt(start, line, lineStart, 1)));
    }

    private DaxDiagnostic? ScanOperator(char c)
    {
        var (start, line, lineStart) = Mark();
        var next = Peek(1);
        (TokenKind Kind, int Length)? match = c switch
        {
            '(' => (TokenKind.OpenParen, 1),
            ')' => (TokenKind.CloseParen, 1),
            '{' => (TokenKind.OpenBrace, 1),
            '}' => (TokenKind.CloseBrace, 1),
            ',' => (TokenKind.Comma, 1),
            '^' => (TokenKind.Caret, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '&' => next == '&' ? (TokenKind.AmpersandAmpersand, 2) : (TokenKind.Ampersand, 1),
            '|' when next == '|' => (TokenKind.PipePipe, 2),
            '=' => next == '=' ? (TokenKind.EqualsEquals, 2) : (TokenKind.Equals, 1),
            '<' => next switch
            {
                '>' => (TokenKind.NotEquals, 2),
                '=' => (TokenKind.LessOrEqual, 2),
                _ => (TokenKind.Less, 1),
            },
            '>' => next == '=' ? (TokenKind.GreaterOrEqual, 2) : (TokenKind.Greater, 1),
            _ => null,
        };
        if (match is not { } token)
        {
            return DaxDiagnostics.UnexpectedCharacter(c, SpanAt(start, line, lineStart, 1));
        }

        _position += token.Length;
        Add(token.Kind, start, line, lineStart, _text[start.._position]);
        return null;
    }
}
