using System.Text;

namespace KpiWarehouse.Query.Model;

/// <summary>The little of Power Query M text the reader needs: string literals and quoted identifiers.</summary>
internal static class PowerQueryText
{
    /// <summary>The value of the M string literal <paramref name="text"/> starts with (after blanks), or null.</summary>
    public static string? LeadingString(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < text.Length && text[start] == '"' ? ReadString(text, start) : null;
    }

    /// <summary>
    /// Reads the string literal whose opening quote is at <paramref name="start"/>: <c>""</c> is a quote and
    /// the escapes <c>#(lf)</c>, <c>#(cr)</c>, <c>#(tab)</c>, <c>#(#)</c> are decoded. Null when it never closes.
    /// </summary>
    public static string? ReadString(string text, int start)
    {
        var value = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                    continue;
                }

                return value.ToString();
            }

            if (text[i] == '#' && TryEscape(text, i, out var escaped, out var length))
            {
                value.Append(escaped);
                i += length - 1;
                continue;
            }

            value.Append(text[i]);
        }

        return null;
    }

    /// <summary>The name of an M identifier: <c>#"Warehouse Folder"</c> → <c>Warehouse Folder</c>, <c>Folder</c> → itself.</summary>
    public static string Identifier(string text) =>
        text.StartsWith("#\"", StringComparison.Ordinal) ? ReadString(text, 1) ?? text : text;

    private static bool TryEscape(string text, int at, out string value, out int length)
    {
        foreach (var (escape, meaning) in Escapes)
        {
            if (string.CompareOrdinal(text, at, escape, 0, escape.Length) == 0)
            {
                (value, length) = (meaning, escape.Length);
                return true;
            }
        }

        (value, length) = ("", 0);
        return false;
    }

    private static readonly (string Escape, string Meaning)[] Escapes =
        [("#(lf)", "\n"), ("#(cr)", "\r"), ("#(tab)", "\t"), ("#(cr,lf)", "\r\n"), ("#(#)", "#")];
}
