using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Etl.Reading;

/// <summary>A raw value typed by the contract's parsing rules: <see cref="IsNull"/> when the text is empty or does not
/// parse (the value rules tell the two apart). Text and codes are in <see cref="Text"/>; dates and timestamps in
/// <see cref="Time"/>; integers, booleans (0/1) and decimals in <see cref="Long"/>, a decimal as its value times
/// 10^<see cref="ValueParser.DecimalScale"/> (how DuckDB stores a DECIMAL(18, 4)).</summary>
internal readonly record struct TypedValue(bool IsNull, string? Text, long Long, DateTime Time)
{
    public static readonly TypedValue Null = new(true, null, 0, default);

    public static TypedValue OfText(string text) => new(false, text, 0, default);

    public static TypedValue OfLong(long value) => new(false, null, value, default);

    public static TypedValue OfTime(DateTime time) => new(false, null, 0, time);
}

/// <summary>
/// The parsing rules of the raw contract (shared/spec/raw-contract.md, "Parsing rules"), one method per value kind,
/// applied while a file is read so each value is typed once. The text is tried as written first, then trimmed of
/// spaces (and, for numbers with <c>--locale fr</c>, with the thousands separators and decimal comma undone). A
/// value that matches its form but is no real value (2023-02-29, an hour of 25, an integer beyond 32 bits, a decimal
/// beyond 14 integer digits) does not parse. Decimals keep 4 places, the 5th rounding half away from zero.
/// </summary>
internal static class ValueParser
{
    /// <summary>Decimals are DECIMAL(18, 4): 4 places, 14 integer digits.</summary>
    public const int DecimalScale = 4;

    private const long MaxScaled = 999_999_999_999_999_999;

    private const decimal DecimalUnit = 10_000m; // 10^DecimalScale

    /// <summary>A number column's value (<see cref="RawType.Decimal"/>, <see cref="RawType.Int"/> or <see cref="RawType.Bool"/>) as a decimal.</summary>
    public static decimal Number(RawType type, TypedValue value) => type == RawType.Decimal ? value.Long / DecimalUnit : value.Long;

    /// <summary>A number in the units of <see cref="TypedValue.Long"/> for a column of <paramref name="type"/> (the inverse of <see cref="Number"/>).</summary>
    public static decimal InUnits(RawType type, decimal number) => type == RawType.Decimal ? number * DecimalUnit : number;

    public static TypedValue Parse(RawType type, string? text, bool decimalComma)
    {
        if (string.IsNullOrEmpty(text))
            return TypedValue.Null;
        return type switch
        {
            RawType.Text => TypedValue.OfText(text),
            RawType.Code => Code(text),
            RawType.Date => Date(text),
            RawType.Timestamp => Timestamp(text),
            RawType.Decimal => Decimal(text, decimalComma),
            RawType.Int => Int(text, decimalComma),
            RawType.Bool => Bool(text),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    private static TypedValue Code(string text)
    {
        var code = TrimSpaces(text).ToUpperInvariant();
        return code.Length == 0 ? TypedValue.Null : TypedValue.OfText(code);
    }

    // YYYY-MM-DD.
    private static TypedValue Date(string text)
    {
        var s = TrimSpaces(text.AsSpan());
        return s.Length == 10 && TryDate(s, out var date) ? TypedValue.OfTime(date) : TypedValue.Null;
    }

    // YYYY-MM-DDTHH:MM[:SS] or YYYY-MM-DD HH:MM[:SS], local time, no zone; 24:00[:00] is the next day's midnight.
    private static TypedValue Timestamp(string text)
    {
        var s = TrimSpaces(text.AsSpan());
        if ((s.Length != 16 && s.Length != 19) || (s[10] != 'T' && s[10] != ' ') || !TryDate(s[..10], out var date))
            return TypedValue.Null;
        if (!TwoDigits(s, 11, out var hour) || s[13] != ':' || !TwoDigits(s, 14, out var minute))
            return TypedValue.Null;
        var second = 0;
        if (s.Length == 19 && (s[16] != ':' || !TwoDigits(s, 17, out second)))
            return TypedValue.Null;
        if (minute > 59 || second > 59 || hour > 24 || (hour == 24 && (minute != 0 || second != 0 || date == DateTime.MaxValue.Date)))
            return TypedValue.Null;
        return TypedValue.OfTime(new DateTime(date.Ticks + hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute
            + second * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified));
    }

    // [+-]digits[.digits] or [+-].digits.
    private static TypedValue Decimal(string text, bool decimalComma)
    {
        if (TryDecimal(text, out var value) || TryDecimal(Normalize(text, decimalComma), out value))
            return TypedValue.OfLong(value);
        return TypedValue.Null;
    }

    // [+-]digits, 32 bits.
    private static TypedValue Int(string text, bool decimalComma)
    {
        if (TryInt(text, out var value) || TryInt(Normalize(text, decimalComma), out value))
            return TypedValue.OfLong(value);
        return TypedValue.Null;
    }

    private static TypedValue Bool(string text) => TrimSpaces(text).ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => TypedValue.OfLong(1),
        "false" or "0" or "no" => TypedValue.OfLong(0),
        _ => TypedValue.Null,
    };

    // The number as written, with the French export style undone: spaces and no-break spaces (U+00A0, U+202F) as
    // thousands separators, a comma as decimal separator.
    private static string Normalize(string text, bool decimalComma)
    {
        var trimmed = TrimSpaces(text);
        return decimalComma
            ? trimmed.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
                .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.')
            : trimmed;
    }

    private static bool TryDate(ReadOnlySpan<char> s, out DateTime date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-' || !Digits(s[..4], out var year) || !TwoDigits(s, 5, out var month)
            || !TwoDigits(s, 8, out var day))
            return false;
        // Year 0 (1 BC) is a date for DuckDB but for no reader of the warehouse (.NET, Power BI): not a date here.
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryInt(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        var negative = TakeSign(ref s);
        if (s.Length == 0 || !AllDigits(s))
            return false;
        s = s.TrimStart('0');
        if (s.Length > 10)
            return false;
        long magnitude = 0;
        foreach (var c in s)
            magnitude = magnitude * 10 + (c - '0');
        var signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue)
            return false;
        value = signed;
        return true;
    }

    private static bool TryDecimal(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        var negative = TakeSign(ref s);
        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? [] : s[(dot + 1)..];
        if ((whole.Length == 0 && fraction.Length == 0) || !AllDigits(whole) || !AllDigits(fraction))
            return false;
        whole = whole.TrimStart('0');
        if (whole.Length > 14)
            return false;
        long scaled = 0;
        foreach (var c in whole)
            scaled = scaled * 10 + (c - '0');
        for (var i = 0; i < DecimalScale; i++)
            scaled = scaled * 10 + (i < fraction.Length ? fraction[i] - '0' : 0);
        if (fraction.Length > DecimalScale && fraction[DecimalScale] >= '5')
            scaled++;
        if (scaled > MaxScaled)
            return false;
        value = negative ? -scaled : scaled;
        return true;
    }

    // A leading + or -, taken off the text: true for -.
    private static bool TakeSign(ref ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s[0] is not ('+' or '-'))
            return false;
        var negative = s[0] == '-';
        s = s[1..];
        return negative;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int at, out int value) => Digits(s.Slice(at, 2), out value);

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    // DuckDB's trim: spaces only (a tab or a no-break space stays).
    private static string TrimSpaces(string text) => text.Length > 0 && (text[0] == ' ' || text[^1] == ' ') ? text.Trim(' ') : text;

    private static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> text) => text.Trim(' ');
}
