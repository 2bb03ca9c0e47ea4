using System.Globalization;
using System.Text;

namespace KpiWarehouse.Tabular.Tmdl;

/// <summary>File names for objects: the object's name, with characters no file system allows percent-encoded.</summary>
internal static class TmdlFileNames
{
    public static string For(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' or '%' || char.IsControl(c))
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }
        var result = builder.ToString();
        // Windows drops trailing dots and spaces from file names.
        return result.EndsWith('.') || result.EndsWith(' ') ? result[..^1] + "%" + ((int)result[^1]).ToString("X2", CultureInfo.InvariantCulture) : result;
    }
}
