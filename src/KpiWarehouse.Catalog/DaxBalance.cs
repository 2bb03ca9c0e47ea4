namespace KpiWarehouse.Catalog;

/// <summary>
/// A lexical check of a DAX expression until the DAX engine's parser can judge it: parentheses and braces
/// balance, and every string, 'quoted table name', [bracketed name] and block comment is closed.
/// </summary>
public static class DaxBalance
{
    /// <summary>Null when balanced, otherwise what is wrong and where (1-based offset).</summary>
    public static string? Check(string dax)
    {
        var open = new Stack<(char Bracket, int At)>();
        for (var i = 0; i < dax.Length; i++)
        {
            var c = dax[i];
            switch (c)
            {
                case '"' or '\'' or '[':
                    var close = c == '[' ? ']' : c;
                    var end = ClosingDelimiter(dax, i, close);
                    if (end < 0)
                        return $"{Describe(c)} opened at {i + 1} is never closed";
                    i = end;
                    break;
                case '/' when At(dax, i + 1, '*'):
                    var stop = dax.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (stop < 0)
                        return $"comment opened at {i + 1} is never closed";
                    i = stop + 1;
                    break;
                case '/' when At(dax, i + 1, '/'):
                case '-' when At(dax, i + 1, '-'):
                    while (i < dax.Length && dax[i] != '\n')
                        i++;
                    break;
                case '(' or '{':
                    open.Push((c, i));
                    break;
                case ')' or '}':
                    var expected = c == ')' ? '(' : '{';
                    if (open.Count == 0 || open.Peek().Bracket != expected)
                        return $"'{c}' at {i + 1} has no matching '{expected}'";
                    open.Pop();
                    break;
            }
        }
        return open.Count == 0 ? null : $"'{open.Peek().Bracket}' opened at {open.Peek().At + 1} is never closed";
    }

    /// <summary>The index of the delimiter closing the one at <paramref name="start"/> (a doubled delimiter is an escape), or -1.</summary>
    public static int ClosingDelimiter(string dax, int start, char close)
    {
        for (var i = start + 1; i < dax.Length; i++)
        {
            if (dax[i] != close)
                continue;
            if (At(dax, i + 1, close))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static string Describe(char c) => c switch
    {
        '"' => "string",
        '\'' => "quoted table name",
        _ => "bracketed name",
    };
}
