using KpiWarehouse.Dax.Evaluation;

namespace KpiWarehouse.Dax.Values;

// Comparison rules (dax.guide "Comparison operators", Microsoft Learn "DAX operators"):
// BLANK compares as 0 with numbers and dates, as "" with text and as FALSE with Booleans, so
// BLANK() = 0 is TRUE and BLANK() < 1 is TRUE; == is strict (BLANK() == 0 is FALSE).
// Text comparison is case-insensitive. Text against a number is an error.
public readonly partial struct DaxValue : IEquatable<DaxValue>
{
    /// <summary>Compares as DAX's <c>=</c>, <c>&lt;</c>, … do; throws a DAX error for text against a number.</summary>
    public static int Compare(DaxValue a, DaxValue b)
    {
        if (a.IsBlank && b.IsBlank) return 0;
        if (a.IsBlank) a = ZeroOf(b.Type);
        else if (b.IsBlank) b = ZeroOf(a.Type);
        var aText = a.Type == DaxType.String;
        var bText = b.Type == DaxType.String;
        if (aText && bText) return string.Compare(a._text, b._text, StringComparison.OrdinalIgnoreCase);
        if (aText || bText)
            throw new DaxEvaluationError(EvaluationDiagnostics.TypeMismatch,
                $"DAX comparison operations do not support comparing values of type {TypeName(a.Type)} with values of type {TypeName(b.Type)}.");
        if (a.Type is DaxType.Integer or DaxType.Boolean && b.Type is DaxType.Integer or DaxType.Boolean) return a._bits.CompareTo(b._bits);
        if (a.Type == DaxType.Currency && b.Type == DaxType.Currency) return a._bits.CompareTo(b._bits);
        if (a.Type is DaxType.Currency or DaxType.Integer && b.Type is DaxType.Currency or DaxType.Integer)
            return a.AsDecimal().CompareTo(b.AsDecimal());
        return a.AsDouble().CompareTo(b.AsDouble());
    }

    /// <summary>DAX <c>==</c>: like <c>=</c> except that BLANK equals only BLANK.</summary>
    public static bool StrictEquals(DaxValue a, DaxValue b) =>
        a.IsBlank || b.IsBlank ? a.IsBlank && b.IsBlank : Compare(a, b) == 0;

    /// <summary>
    /// The total sort order of ORDER BY, TOPN and column dictionaries: BLANK first, then Booleans,
    /// numbers and dates by value, then text case-insensitively. Never throws.
    /// </summary>
    public static int SortCompare(DaxValue a, DaxValue b)
    {
        var ra = SortRank(a.Type);
        var rb = SortRank(b.Type);
        if (ra != rb) return ra.CompareTo(rb);
        return ra switch
        {
            0 => 0,
            3 => string.Compare(a._text, b._text, StringComparison.OrdinalIgnoreCase),
            _ => Compare(a, b),
        };
    }

    private static int SortRank(DaxType t) => t switch
    {
        DaxType.Blank => 0,
        DaxType.Boolean => 1,
        DaxType.String => 3,
        _ => 2,
    };

    private static DaxValue ZeroOf(DaxType t) => t switch
    {
        DaxType.String => FromString(""),
        DaxType.Boolean => False,
        DaxType.Currency => FromCurrencyScaled(0),
        DaxType.Double => FromDouble(0),
        DaxType.DateTime => FromSerialDate(0),
        _ => FromInteger(0),
    };

    internal static string TypeName(DaxType t) => t switch
    {
        DaxType.String => "Text",
        DaxType.Boolean => "True/False",
        DaxType.Currency => "Currency",
        DaxType.Double => "Number",
        DaxType.DateTime => "Date",
        DaxType.Integer => "Integer",
        _ => "Blank",
    };

    /// <summary>
    /// Identity of values for grouping and dictionaries (DISTINCT, VALUES, SUMMARIZE): same value
    /// across numeric types is equal, text is equal case-insensitively, BLANK equals only BLANK.
    /// </summary>
    public bool Equals(DaxValue other) => IsBlank || other.IsBlank ? IsBlank && other.IsBlank : SortCompare(this, other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DaxValue v && Equals(v);

    /// <inheritdoc />
    public override int GetHashCode() => Type switch
    {
        DaxType.Blank => 0,
        DaxType.String => StringComparer.OrdinalIgnoreCase.GetHashCode(_text!),
        DaxType.Boolean => _bits.GetHashCode() + 1,
        _ => AsDouble().GetHashCode(),
    };
}
