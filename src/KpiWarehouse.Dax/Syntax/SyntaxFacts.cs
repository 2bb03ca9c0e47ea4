namespace KpiWarehouse.Dax.Syntax;

/// <summary>Lexical facts shared by the lexer, the parser and the printer.</summary>
public static class SyntaxFacts
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "DEFINE", "EVALUATE", "MEASURE", "COLUMN", "TABLE", "VAR", "RETURN", "ORDER", "BY", "ASC", "DESC",
        "START", "AT", "IN", "NOT", "TRUE", "FALSE",
    };

    /// <summary>True for a word the parser gives a meaning of its own (compared case-insensitively).</summary>
    public static bool IsKeyword(string word) => Keywords.Contains(word);

    /// <summary>
    /// True for a keyword that cannot stand as a bare name in an expression. ASC and DESC can: they
    /// are also the sort-order arguments of RANKX and TOPN (<c>TOPN(5, T, [M], DESC)</c>).
    /// </summary>
    public static bool IsReserved(string word) =>
        IsKeyword(word) && !word.Equals("ASC", StringComparison.OrdinalIgnoreCase) && !word.Equals("DESC", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a character that may start a bare name.</summary>
    public static bool IsNameStart(char c) => c == '_' || char.IsLetter(c);

    /// <summary>True for a character that may continue a bare name (dots allow <c>NORM.DIST</c>).</summary>
    public static bool IsNamePart(char c) => c == '_' || c == '.' || char.IsLetterOrDigit(c);

    /// <summary>
    /// True when <paramref name="name"/> can be written without apostrophes as a table or variable:
    /// a name start then letters, digits or <c>_</c> (no dots), and not reserved unless
    /// <paramref name="allowKeyword"/> (a keyword directly before <c>[Column]</c> is read as a table).
    /// </summary>
    public static bool IsPlainName(string name, bool allowKeyword = false)
    {
        if (name.Length == 0 || !IsNameStart(name[0]) || (!allowKeyword && IsReserved(name)))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c != '_' && !char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>'name'</c> with apostrophes doubled.</summary>
    public static string QuoteName(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary><c>[name]</c> with closing brackets doubled.</summary>
    public static string BracketName(string name) => "[" + name.Replace("]", "]]", StringComparison.Ordinal) + "]";

    /// <summary><c>"text"</c> with double quotes doubled.</summary>
    public static string QuoteString(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
