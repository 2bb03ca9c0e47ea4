namespace KpiWarehouse.Query.Model.Tmdl;

/// <summary>TMDL names: bare, or in apostrophes with <c>''</c> for one; <c>Table.Column</c> references.</summary>
internal static class TmdlNames
{
    /// <summary>The name at the start of <paramref name="text"/> and where it ends; a bare name runs to <c>=</c> or the end.</summary>
    public static string ReadName(string text, out int end)
    {
        if (text.StartsWith('\''))
        {
            var name = new System.Text.StringBuilder();
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        name.Append('\'');
                        i++;
                        continue;
                    }

                    end = i + 1;
                    return name.ToString();
                }

                name.Append(text[i]);
            }

            end = text.Length;
            return name.ToString();
        }

        var equals = text.IndexOf('=');
        end = equals < 0 ? text.Length : equals;
        return text[..end].Trim();
    }

    /// <summary><c>Sales.'Order Date'</c> → (<c>Sales</c>, <c>Order Date</c>).</summary>
    public static (string Table, string Column) SplitColumn(string reference)
    {
        var table = ReadQualifier(reference, out var end);
        var column = end < reference.Length && reference[end] == '.' ? ReadName(reference[(end + 1)..], out _) : "";
        return (table, column);
    }

    /// <summary>A property value: text in double quotes is unquoted (<c>""</c> for one quote); anything else is as written.</summary>
    public static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : value;

    private static string ReadQualifier(string text, out int end)
    {
        if (text.StartsWith('\''))
        {
            return ReadName(text, out end);
        }

        end = text.IndexOf('.');
        end = end < 0 ? text.Length : end;
        return text[..end];
    }
}
