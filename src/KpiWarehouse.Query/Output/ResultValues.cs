using System.Globalization;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Query.Output;

/// <summary>The text of a DAX value in machine-readable output: invariant culture, full precision, BLANK as null.</summary>
public static class ResultValues
{
    /// <summary>The value as text, or null for BLANK.</summary>
    public static string? Text(DaxValue value) => value.Type switch
    {
        DaxType.Blank => null,
        DaxType.Boolean => value.BooleanValue ? "true" : "false",
        DaxType.Integer => value.IntegerValue.ToString(CultureInfo.InvariantCulture),
        DaxType.Currency => value.AsDecimal().ToString(CultureInfo.InvariantCulture),
        // "R" gives the shortest text that reads back as the same double: full precision, no noise digits.
        DaxType.Double => value.DoubleBits.ToString("R", CultureInfo.InvariantCulture),
        DaxType.DateTime => DateText(value.SerialDate),
        _ => value.StringValue,
    };

    private static string DateText(double serial)
    {
        var moment = DateTime.FromOADate(serial);
        return moment.TimeOfDay == TimeSpan.Zero
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
