namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// One token: its kind, the exact source text, the value it stands for (unescaped name or string
/// content, number text; equal to <see cref="Text"/> for punctuation) and where it is.
/// Comments and whitespace are skipped by the lexer and never become tokens.
/// </summary>
public readonly record struct SyntaxToken(TokenKind Kind, string Text, string Value, TextSpan Span);
