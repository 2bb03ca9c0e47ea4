using System.Text;

namespace KpiWarehouse.Tabular.Tests.Checks;

/// <summary>Looks at DAX code outside strings, quoted names, bracketed names and comments.</summary>
public static class DaxText
{
    /// <summary>The expression with strings, names and comments blanked out, so only code remains.</summary>
    public static string Code(string dax)
    {
        var code = new StringBuilder(dax.Length);
        for (var i = 0; i < dax.Length; i++)
        {
            var c = dax[i];
            if (c is '"' or '\'' or '[')
            {
                var end = global::KpiWarehouse.Catalog.DaxBalance.ClosingDelimiter(dax, i, c == '[' ? ']' : c);
                end = end < 0 ? dax.Length - 1 : end;
                code.Append(' ', end - i + 1);
                i = end;
            }
            else if (c == '/' && i + 1 < dax.Length && dax[i + 1] == '*')
            {
                var end = dax.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? dax.Length - 1 : end + 1;
                code.Append(' ', end - i + 1);
                i = end;
            }
            else if ((c == '/' && i + 1 < dax.Length && dax[i + 1] == '/') || (c == '-' && i + 1 < dax.Length && dax[i + 1] == '-'))
            {
                while (i < dax.Length && dax[i] != '\n')
                {
                    code.Append(' ');
                    i++;
                }
                if (i < dax.Length)
                    code.Append('\n');
            }
            else
            {
                code.Append(c);
            }
        }
        return code.ToString();
    }

    public static bool HasDivisionOperator(string dax) => Code(dax).Contains('/');

    public static bool Calls(string dax, string function) =>
        System.Text.RegularExpressions.Regex.IsMatch(Code(dax), $@"\b{function}\s*\(", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
