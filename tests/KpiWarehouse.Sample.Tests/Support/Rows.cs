using System.Globalization;

namespace KpiWarehouse.Sample.Tests.Support;

/// <summary>Column access by name for readable test queries.</summary>
public static class Rows
{
    public static IEnumerable<Dictionary<string, string>> Records(this CsvTable table) =>
        table.Rows.Select(r => table.Header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => r[p.i]));

    public static decimal Dec(this Dictionary<string, string> row, string column) =>
        decimal.Parse(row[column], CultureInfo.InvariantCulture);

    /// <summary>The date part (<c>YYYY-MM-DD</c>) of a date or timestamp.</summary>
    public static string Day(this Dictionary<string, string> row, string column) =>
        row[column].Length >= 10 ? row[column][..10] : row[column];

    /// <summary>The month (<c>YYYY-MM</c>) of a date or timestamp, or empty.</summary>
    public static string Month(this Dictionary<string, string> row, string column) =>
        row[column].Length >= 7 ? row[column][..7] : "";
}
