using System.Globalization;

namespace KpiWarehouse.Verify.Comparison;

/// <summary>Reads the values an <see cref="Dax.IDaxRunner"/> returns (null = BLANK).</summary>
public static class DaxValues
{
    /// <summary>A number as a double; TRUE/FALSE as 1/0 (DAX converts them so in arithmetic); anything else null.</summary>
    public static double? AsDouble(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        decimal m => (double)m,
        bool b => b ? 1 : 0,
        _ => null,
    };

    /// <summary>
    /// A grouping value as the grid keys it: integers without decimals (<c>2024</c>), text as is, a date as
    /// <c>yyyy-MM-dd</c>; null for BLANK.
    /// </summary>
    public static string? Key(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m when m == decimal.Truncate(m) => decimal.Truncate(m).ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A value as reports show it: BLANK, a number in invariant culture with full precision, or text.</summary>
    public static string Show(object? value) => value switch
    {
        null => "BLANK",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The kind of value, for messages: number, text, date, true/false.</summary>
    public static string Describe(object value) => value switch
    {
        string => "text",
        DateTime => "date",
        bool => "true/false",
        _ => value.GetType().Name,
    };

    /// <summary>A date value of the date table as a date; null when it is not a date.</summary>
    public static DateOnly? AsDate(object? value) => value switch
    {
        DateTime t => DateOnly.FromDateTime(t),
        DateOnly d => d,
        string s when DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
