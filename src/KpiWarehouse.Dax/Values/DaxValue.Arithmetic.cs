namespace KpiWarehouse.Dax.Values;

// Result types follow Microsoft Learn, "Data types supported in tabular models", implicit conversion
// tables; BLANK follows the same page's "Handling of blanks": BLANK is 0 in + and -, and
// BLANK op BLANK is BLANK; x * BLANK and BLANK / x are BLANK; x / BLANK is ±Infinity (0 / BLANK is NaN).
public readonly partial struct DaxValue
{
    /// <summary>DAX <c>+</c>.</summary>
    public static DaxValue Add(DaxValue a, DaxValue b)
    {
        if (a.IsBlank && b.IsBlank) return Blank;
        a = Numeric(a); b = Numeric(b);
        if (a.IsBlank) return b.Type == DaxType.Boolean ? FromInteger(b._bits) : b;
        if (b.IsBlank) return a.Type == DaxType.Boolean ? FromInteger(a._bits) : a;
        if (a.Type == DaxType.DateTime || b.Type == DaxType.DateTime) return FromSerialDate(a.AsDouble() + b.AsDouble());
        if (a.Type == DaxType.Double || b.Type == DaxType.Double) return FromDouble(a.AsDouble() + b.AsDouble());
        if (a.Type == DaxType.Currency || b.Type == DaxType.Currency) return FromCurrencyScaled(Scaled(a) + Scaled(b));
        return FromInteger(checked(a._bits + b._bits));
    }

    /// <summary>DAX <c>-</c>.</summary>
    public static DaxValue Subtract(DaxValue a, DaxValue b)
    {
        if (a.IsBlank && b.IsBlank) return Blank;
        return Add(a, Negate(b.IsBlank ? b : Numeric(b)));
    }

    /// <summary>DAX unary <c>-</c>.</summary>
    public static DaxValue Negate(DaxValue a)
    {
        a = Numeric(a);
        return a.Type switch
        {
            DaxType.Blank => Blank,
            DaxType.Boolean or DaxType.Integer => FromInteger(-a._bits),
            DaxType.Currency => FromCurrencyScaled(-a._bits),
            DaxType.DateTime => FromSerialDate(-a.SerialDate),
            _ => FromDouble(-a.DoubleBits),
        };
    }

    /// <summary>DAX <c>*</c>.</summary>
    public static DaxValue Multiply(DaxValue a, DaxValue b)
    {
        if (a.IsBlank || b.IsBlank) return Blank;
        a = Numeric(a); b = Numeric(b);
        var ta = Arith(a.Type); var tb = Arith(b.Type);
        if (ta == DaxType.Integer && tb == DaxType.Integer) return FromInteger(checked(a._bits * b._bits));
        if ((ta == DaxType.Currency) != (tb == DaxType.Currency) && ta != DaxType.DateTime && tb != DaxType.DateTime)
            return FromCurrency(a.AsDecimal() * b.AsDecimal());
        return FromDouble(a.AsDouble() * b.AsDouble());
    }

    /// <summary>DAX <c>/</c>: Currency divided by a non-Currency number stays Currency, all else is Double.</summary>
    public static DaxValue Divide(DaxValue a, DaxValue b)
    {
        if (a.IsBlank && b.IsBlank) return Blank;
        if (a.IsBlank) return Blank;
        a = Numeric(a); b = Numeric(b);
        var denominator = b.AsDouble();
        if (a.Type == DaxType.Currency && Arith(b.Type) is DaxType.Integer or DaxType.Double && denominator != 0)
            return FromCurrency(a.AsDecimal() / b.AsDecimal());
        return FromDouble(a.AsDouble() / denominator);
    }

    /// <summary>DAX <c>^</c>.</summary>
    public static DaxValue Power(DaxValue a, DaxValue b) => FromDouble(Math.Pow(Numeric(a).AsDouble(), Numeric(b).AsDouble()));

    /// <summary>DAX <c>&amp;</c>: text concatenation, BLANK as the empty string.</summary>
    public static DaxValue Concatenate(DaxValue a, DaxValue b) => FromString(a.AsText() + b.AsText());

    private static DaxType Arith(DaxType t) => t == DaxType.Boolean ? DaxType.Integer : t;

    private static long Scaled(DaxValue v) => v.Type == DaxType.Currency ? v._bits : checked(v._bits * 10_000);

    /// <summary>Text converted to a number for arithmetic (DAX converts "1" + 1 = 2); other types unchanged.</summary>
    private static DaxValue Numeric(DaxValue v)
    {
        if (v.Type != DaxType.String) return v;
        if (v.StringValue.Length == 0) return Blank;
        var d = v.AsDouble();
        return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? FromInteger((long)d) : FromDouble(d);
    }
}
