using System.Globalization;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Reference.Reading;

/// <summary>
/// Turns one raw cell into a typed value following raw-contract.md. Returns false when the text is not a value of
/// the type; an empty cell is NULL and is handled by the caller.
/// </summary>
public static class ValueParser
{
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Parses <paramref name="text"/> as <paramref name="column"/>'s type; codes come back trimmed and upper case.</summary>
    public static bool TryParse(RawColumn column, string text, RawLocale locale, out object? value)
    {
        value = null;
        switch (column.Type)
        {
            case RawType.Text:
                value = text;
                return true;
            case RawType.Code:
                var code = text.Trim().ToUpperInvariant();
                value = code;
                return column.Codes is null || column.Codes.Contains(code);
            case RawType.Date:
                var dateOk = TryDate(text.Trim(), out var date);
                value = date;
                return dateOk;
            case RawType.Timestamp:
                var stampOk = TryTimestamp(text.Trim(), out var stamp);
                value = stamp;
                return stampOk;
            case RawType.Decimal:
                var decimalOk = TryDecimal(text, locale, out var number);
                value = number;
                return decimalOk;
            case RawType.Int:
                var intOk = TryDecimal(text, locale, out var whole) && whole == decimal.Truncate(whole)
                    && whole >= int.MinValue && whole <= int.MaxValue;
                value = intOk ? (int)whole : null;
                return intOk;
            case RawType.Bool:
                var boolOk = TryBool(text, out var flag);
                value = flag;
                return boolOk;
            default:
                return false;
        }
    }

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary><c>YYYY-MM-DDTHH:MM[:SS]</c> or <c>YYYY-MM-DD HH:MM[:SS]</c>, local time.</summary>
    public static bool TryTimestamp(string text, out DateTime stamp) =>
        DateTime.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out stamp);

    /// <summary><c>true/false</c>, <c>1/0</c>, <c>yes/no</c>, any case, surrounding spaces ignored.</summary>
    public static bool TryBool(string text, out bool flag)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes":
                flag = true;
                return true;
            case "false" or "0" or "no":
                flag = false;
                return true;
            default:
                flag = false;
                return false;
        }
    }

    /// <summary>
    /// A decimal: an optional sign, digits and one decimal separator (<c>.</c>, or <c>,</c> with the French locale,
    /// where spaces, no-break spaces and narrow no-break spaces may separate thousands). No exponent.
    /// </summary>
    public static bool TryDecimal(string text, RawLocale locale, out decimal number)
    {
        number = 0;
        var s = text.Trim();
        var separator = '.';
        if (locale == RawLocale.French)
        {
            separator = ',';
            s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
                 .Replace("\u202F", "", StringComparison.Ordinal);
        }
        var start = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        var digits = 0;
        var separators = 0;
        for (var i = start; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
                digits++;
            else if (s[i] == separator)
                separators++;
            else
                return false;
        }
        if (digits == 0 || separators > 1)
            return false;
        if (separator != '.')
            s = s.Replace(separator, '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}
