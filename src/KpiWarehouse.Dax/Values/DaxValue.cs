using System.Globalization;

namespace KpiWarehouse.Dax.Values;

/// <summary>
/// A DAX scalar: BLANK, Boolean, Integer, Currency (fixed decimal, 4 dp), Double, DateTime or String.
/// A struct so scans never allocate; text is the only reference payload.
/// </summary>
public readonly partial struct DaxValue
{
    private readonly long _bits;
    private readonly string? _text;

    private DaxValue(DaxType type, long bits, string? text)
    {
        Type = type;
        _bits = bits;
        _text = text;
    }

    /// <summary>The value's type.</summary>
    public DaxType Type { get; }

    /// <summary>True for BLANK.</summary>
    public bool IsBlank => Type == DaxType.Blank;

    /// <summary>True for Integer, Currency, Double (not DateTime or Boolean).</summary>
    public bool IsNumber => Type is DaxType.Integer or DaxType.Currency or DaxType.Double;

    /// <summary>BLANK.</summary>
    public static readonly DaxValue Blank = default;

    /// <summary>TRUE.</summary>
    public static readonly DaxValue True = new(DaxType.Boolean, 1, null);

    /// <summary>FALSE.</summary>
    public static readonly DaxValue False = new(DaxType.Boolean, 0, null);

    /// <summary>A Boolean.</summary>
    public static DaxValue FromBoolean(bool value) => value ? True : False;

    /// <summary>An Integer.</summary>
    public static DaxValue FromInteger(long value) => new(DaxType.Integer, value, null);

    /// <summary>A Double.</summary>
    public static DaxValue FromDouble(double value) => new(DaxType.Double, BitConverter.DoubleToInt64Bits(value), null);

    /// <summary>A Currency from a decimal, rounded half away from zero to four decimal places.</summary>
    public static DaxValue FromCurrency(decimal value) =>
        new(DaxType.Currency, (long)decimal.Round(value * 10_000m, 0, MidpointRounding.AwayFromZero), null);

    /// <summary>A Currency from its scaled representation (value × 10^4).</summary>
    public static DaxValue FromCurrencyScaled(long scaled) => new(DaxType.Currency, scaled, null);

    /// <summary>A DateTime from days since 1899-12-30 (fraction = time of day).</summary>
    public static DaxValue FromSerialDate(double days) => new(DaxType.DateTime, BitConverter.DoubleToInt64Bits(days), null);

    /// <summary>A DateTime from a <see cref="DateTime"/>.</summary>
    public static DaxValue FromDateTime(DateTime value) => FromSerialDate(value.ToOADate());

    /// <summary>A DateTime for a calendar date.</summary>
    public static DaxValue FromDate(DateOnly value) => FromSerialDate(DaxDate.ToSerial(value));

    /// <summary>A String (null gives BLANK).</summary>
    public static DaxValue FromString(string? value) => value is null ? Blank : new(DaxType.String, 0, value);

    /// <summary>The Boolean payload (valid when <see cref="Type"/> is Boolean).</summary>
    public bool BooleanValue => _bits != 0;

    /// <summary>The Integer payload (valid when <see cref="Type"/> is Integer).</summary>
    public long IntegerValue => _bits;

    /// <summary>The scaled Currency payload (value × 10^4).</summary>
    public long CurrencyScaled => _bits;

    /// <summary>The Double or DateTime payload.</summary>
    public double DoubleBits => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The String payload.</summary>
    public string StringValue => _text ?? "";

    /// <summary>The DateTime payload as days since 1899-12-30.</summary>
    public double SerialDate => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>A number as double: BLANK is 0, TRUE is 1, DateTime is its serial number.</summary>
    public double AsDouble() => Type switch
    {
        DaxType.Blank => 0,
        DaxType.Boolean or DaxType.Integer => _bits,
        DaxType.Currency => _bits / 10_000d,
        DaxType.Double or DaxType.DateTime => BitConverter.Int64BitsToDouble(_bits),
        _ => ParseNumber(_text!),
    };

    /// <summary>A number as decimal (exact for Integer and Currency).</summary>
    public decimal AsDecimal() => Type switch
    {
        DaxType.Blank => 0m,
        DaxType.Boolean or DaxType.Integer => _bits,
        DaxType.Currency => _bits / 10_000m,
        _ => (decimal)AsDouble(),
    };

    /// <summary>The value as a Boolean, as DAX converts it in IF, AND, FILTER conditions.</summary>
    public bool AsBoolean() => Type switch
    {
        DaxType.Blank => false,
        DaxType.Boolean or DaxType.Integer or DaxType.Currency => _bits != 0,
        DaxType.Double or DaxType.DateTime => BitConverter.Int64BitsToDouble(_bits) != 0,
        _ => StringValue.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : StringValue.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : throw new Evaluation.DaxEvaluationError(Evaluation.EvaluationDiagnostics.TypeMismatch,
                $"Cannot convert value '{StringValue}' of type Text to type True/False."),
    };

    /// <summary>The value as text, as DAX's implicit conversion and the CSV output render it.</summary>
    public string AsText() => Type switch
    {
        DaxType.Blank => "",
        DaxType.Boolean => _bits != 0 ? "True" : "False",
        DaxType.Integer => _bits.ToString(CultureInfo.InvariantCulture),
        DaxType.Currency => (_bits / 10_000m).ToString(CultureInfo.InvariantCulture),
        DaxType.Double => FormatDouble(DoubleBits),
        DaxType.DateTime => DaxDate.Format(SerialDate),
        _ => _text!,
    };

    /// <summary>Round-trip text for doubles, invariant culture.</summary>
    public static string FormatDouble(double d) =>
        double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : double.IsNaN(d) ? "NaN"
        : d.ToString("R", CultureInfo.InvariantCulture);

    private static double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : throw new Evaluation.DaxEvaluationError(Evaluation.EvaluationDiagnostics.TypeMismatch,
            $"Cannot convert value '{text}' of type Text to type Number.");

    /// <inheritdoc />
    public override string ToString() => Type == DaxType.String ? "\"" + _text + "\"" : Type == DaxType.Blank ? "BLANK" : AsText();
}
