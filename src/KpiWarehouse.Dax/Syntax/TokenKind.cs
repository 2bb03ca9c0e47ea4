namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// The kinds of token the lexer produces. Keywords (DEFINE, EVALUATE, VAR, RETURN, IN, NOT, …) are
/// contextual: they arrive as <see cref="Identifier"/> and the parser compares them case-insensitively.
/// </summary>
public enum TokenKind
{
    EndOfInput,
    /// <summary>A bare name: letters, digits, <c>_</c> and <c>.</c>, not starting with a digit (<c>Sales</c>, <c>NORM.DIST</c>).</summary>
    Identifier,
    /// <summary><c>'Sales Data'</c>; <c>''</c> inside stands for one apostrophe.</summary>
    QuotedName,
    /// <summary><c>[Net Amount]</c>; <c>]]</c> inside stands for one closing bracket.</summary>
    BracketedName,
    Number,
    /// <summary><c>"text"</c>; <c>""</c> inside stands for one double quote.</summary>
    String,
    /// <summary>A query parameter <c>@Name</c>.</summary>
    Parameter,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
    Comma,
    Caret,
    Star,
    Slash,
    Plus,
    Minus,
    Ampersand,
    Equals,
    EqualsEquals,
    NotEquals,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    AmpersandAmpersand,
    PipePipe,
}
