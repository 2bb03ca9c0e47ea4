using System.Globalization;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Diagnostics;

/// <summary>
/// The catalog of DAX diagnostics: every code is created here and nowhere else, so a code keeps one
/// meaning. Codes are never reused or renumbered; docs/dax-language.md lists them.
/// </summary>
public static partial class DaxDiagnostics
{
    // ---- Lexing and parsing: DAX0001–DAX0099 -------------------------------------------------------

    /// <summary>DAX0001: a character that starts no token.</summary>
    public static DaxDiagnostic UnexpectedCharacter(char character, TextSpan at) =>
        New("DAX0001", at, $"unexpected character {DescribeCharacter(character)}");

    /// <summary>DAX0002: a string, quoted name, bracketed name or block comment without its end.</summary>
    public static DaxDiagnostic Unterminated(string what, string closer, TextSpan at) =>
        New("DAX0002", at, $"unterminated {what}: the closing {closer} is missing");

    /// <summary>DAX0003: a bracket, parenthesis or brace that is not closed where it should be.</summary>
    public static DaxDiagnostic Unclosed(string closer, string construct, TextSpan openedAt, string found, TextSpan at) =>
        New("DAX0003", at, $"expected '{closer}' to close {construct} opened at {openedAt}, found {found}");

    /// <summary>DAX0004: an expression was expected.</summary>
    public static DaxDiagnostic ExpectedExpression(string found, TextSpan at) =>
        New("DAX0004", at, $"expected an expression, found {found}");

    /// <summary>DAX0005: a specific token or name was expected.</summary>
    public static DaxDiagnostic Expected(string expected, string found, TextSpan at) =>
        New("DAX0005", at, $"expected {expected}, found {found}");

    /// <summary>DAX0006: a numeric literal beyond the range of a double (or so small it would become 0).</summary>
    public static DaxDiagnostic NumberOutOfRange(string text, TextSpan at) =>
        New("DAX0006", at, $"the number {Shorten(text)} is out of range");

    /// <summary>DAX0007: nesting deeper than the parser's limit.</summary>
    public static DaxDiagnostic NestingTooDeep(int limit, TextSpan at) =>
        New("DAX0007", at, $"the expression is nested more than {limit} levels deep");

    /// <summary>DAX0008: text left over after a complete expression or query.</summary>
    public static DaxDiagnostic UnexpectedAfterEnd(string found, string after, string expected, TextSpan at) =>
        New("DAX0008", at, $"unexpected {found} after {after}; expected {expected}");

    /// <summary>DAX0009: a table constructor row with a different number of values than the first row.</summary>
    public static DaxDiagnostic RowWidthMismatch(int expected, int actual, TextSpan at) =>
        New("DAX0009", at, $"this row of the table constructor has {actual} value(s) but the first row has {expected}");

    /// <summary>DAX0010: a query without EVALUATE.</summary>
    public static DaxDiagnostic MissingEvaluate(string found, TextSpan at) =>
        New("DAX0010", at, $"a query needs at least one EVALUATE, found {found}");

    /// <summary>DAX0011: an empty name (<c>''</c> or <c>[]</c>).</summary>
    public static DaxDiagnostic EmptyName(TextSpan at) =>
        New("DAX0011", at, "a name cannot be empty");

    /// <summary>DAX0012: DAX syntax this parser deliberately does not support.</summary>
    public static DaxDiagnostic Unsupported(string what, TextSpan at) =>
        New("DAX0012", at, $"{what} is not supported");

    /// <summary>DAX0013: a parenthesized list of values outside IN and table constructors.</summary>
    public static DaxDiagnostic MisplacedTuple(TextSpan at) =>
        New("DAX0013", at, "a list of values in parentheses is only allowed before IN or as a row of a table constructor");

    /// <summary>DAX0014: a name defined twice in one VAR block or one DEFINE block.</summary>
    public static DaxDiagnostic DuplicateName(string kind, string name, TextSpan firstAt, TextSpan at) =>
        New("DAX0014", at, $"the {kind} {name} is already defined at {firstAt}");

    /// <summary>DAX0015: START AT with more values than ORDER BY has keys.</summary>
    public static DaxDiagnostic StartAtTooLong(int keys, int values, TextSpan at) =>
        New("DAX0015", at, $"START AT has {values} values but ORDER BY has only {keys} key(s)");

    // ---- Evaluation: codes added by the engine go in a section below, DAX1001 onwards ---------------

    private static DaxDiagnostic New(string code, TextSpan at, FormattableString message) =>
        new(code, message.ToString(CultureInfo.InvariantCulture), at);

    private static DaxDiagnostic New(string code, TextSpan at, string message) => new(code, message, at);

    private static string DescribeCharacter(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
            : $"'{c}'";

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
