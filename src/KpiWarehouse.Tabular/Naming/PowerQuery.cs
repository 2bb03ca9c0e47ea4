using System.Globalization;
using System.Text;

namespace KpiWarehouse.Tabular.Naming;

/// <summary>How names and text are written inside Power Query M expressions.</summary>
public static class PowerQuery
{
    /// <summary>An identifier: bare when M allows it, otherwise quoted <c>#"Warehouse Folder"</c>.</summary>
    public static string Identifier(string name) =>
        IsRegularIdentifier(name) ? name : "#" + String(name);

    /// <summary>A text literal; quotes are doubled and control characters written as <c>#(lf)</c>, <c>#(cr)</c>, <c>#(tab)</c> or <c>#(000A)</c>.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '"' => builder.Append("\"\""),
                // "#(" opens an escape in M text; a literal one is written "#(#)(".
                '#' when i + 1 < text.Length && text[i + 1] == '(' => builder.Append("#(#)"),
                '\n' => builder.Append("#(lf)"),
                '\r' => builder.Append("#(cr)"),
                '\t' => builder.Append("#(tab)"),
                _ when char.IsControl(c) => builder.Append("#(").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(')'),
                _ => builder.Append(c),
            };
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A list of text literals: <c>{ "a", "b" }</c>.</summary>
    public static string List(IEnumerable<string> texts) => "{ " + string.Join(", ", texts.Select(String)) + " }";

    // Keywords of the M language that cannot be bare identifiers.
    private static readonly HashSet<string> Keywords =
    [
        "and", "as", "each", "else", "error", "false", "if", "in", "is", "let", "meta", "not", "null", "or",
        "otherwise", "section", "shared", "then", "true", "try", "type",
    ];

    private static bool IsRegularIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Keywords.Contains(name);
}
