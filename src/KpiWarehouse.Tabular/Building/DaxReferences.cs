using KpiWarehouse.Catalog;

namespace KpiWarehouse.Tabular.Building;

/// <summary>A reference found in DAX text: <c>'Table'[Column]</c>, <c>'Table'</c> alone (empty name) or <c>[Measure]</c> (no table).</summary>
public sealed record DaxReference(string? Table, string Name);

/// <summary>
/// Finds the table, column and measure references of a DAX expression (skipping strings and comments), so the
/// model can check them before the DAX engine's parser is available. Variables are bare words and not reported.
/// </summary>
public static class DaxReferences
{
    public static IEnumerable<DaxReference> Scan(string dax)
    {
        for (var i = 0; i < dax.Length; i++)
        {
            var c = dax[i];
            if (c == '"')
            {
                i = Close(dax, i, '"');
            }
            else if (c == '/' && i + 1 < dax.Length && dax[i + 1] == '*')
            {
                var end = dax.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? dax.Length : end + 1;
            }
            else if ((c == '/' && At(dax, i + 1, '/')) || (c == '-' && At(dax, i + 1, '-')))
            {
                while (i < dax.Length && dax[i] != '\n')
                    i++;
            }
            else if (c == '\'')
            {
                var end = Close(dax, i, '\'');
                var table = dax[(i + 1)..end].Replace("''", "'");
                i = end;
                if (At(dax, i + 1, '['))
                {
                    var close = Close(dax, i + 1, ']');
                    yield return new DaxReference(table, dax[(i + 2)..close].Replace("]]", "]"));
                    i = close;
                }
                else
                {
                    yield return new DaxReference(table, "");
                }
            }
            else if (c == '[')
            {
                var end = Close(dax, i, ']');
                yield return new DaxReference(null, dax[(i + 1)..end].Replace("]]", "]"));
                i = end;
            }
        }
    }

    private static int Close(string dax, int start, char delimiter)
    {
        var end = DaxBalance.ClosingDelimiter(dax, start, delimiter);
        return end < 0 ? dax.Length - 1 : end;
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
