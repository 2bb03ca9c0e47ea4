using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Conversion;

/// <summary>
/// CONVERT(expression, datatype) (Microsoft Learn "CONVERT"; dax.guide/convert): the value as INTEGER/INT64,
/// DOUBLE, CURRENCY/DECIMAL, STRING/TEXT, BOOLEAN/LOGICAL or DATETIME. Measures use CONVERT(…, DOUBLE) to divide
/// a fixed-decimal amount in real arithmetic, since CURRENCY ÷ INTEGER stays CURRENCY (4 places; Learn, "Data types
/// supported", division table). Conversions whose exact rounding is not documented (a fraction to INTEGER, text to
/// a number or date) are refused with DAX1002 rather than guessed. BLANK converts to BLANK.
/// </summary>
internal sealed class Convert : DaxFunction
{
    public override string Name => "CONVERT";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override bool IsKeywordArgument(int index) => index == 1;

    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var value = ev.Scalar(args[0], ctx);
        var target = ev.Scalar(args[1], ctx).AsText().ToUpperInvariant();
        if (value.IsBlank)
            return value;
        return target switch
        {
            "DOUBLE" => Numeric(value, target, v => DaxValue.FromDouble(v.AsDouble())),
            "CURRENCY" or "DECIMAL" => Numeric(value, target, v => DaxValue.FromCurrency(v.Type == DaxType.Double ? (decimal)v.DoubleBits : v.AsDecimal())),
            "INTEGER" or "INT64" => Numeric(value, target, ToInteger),
            "STRING" or "TEXT" => DaxValue.FromString(value.AsText()),
            "BOOLEAN" or "LOGICAL" => value.Type == DaxType.String ? Unsupported(value, target) : DaxValue.FromBoolean(value.AsBoolean()),
            "DATETIME" => Numeric(value, target, v => DaxValue.FromSerialDate(v.AsDouble())),
            _ => throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments,
                $"CONVERT: '{target}' is not a data type (INTEGER, DOUBLE, CURRENCY, STRING, BOOLEAN or DATETIME)."),
        };
    }

    private static DaxValue Numeric(DaxValue value, string target, Func<DaxValue, DaxValue> convert) =>
        value.Type == DaxType.String ? Unsupported(value, target) : convert(value);

    private static DaxValue ToInteger(DaxValue value)
    {
        var number = value.AsDouble();
        // Learn's example: CONVERT(DATE(1900, 1, 1), INTEGER) = 2, the date's serial number.
        return number == Math.Floor(number) && Math.Abs(number) < 9.2e18
            ? DaxValue.FromInteger((long)number)
            : Unsupported(value, "INTEGER");
    }

    private static DaxValue Unsupported(DaxValue value, string target) =>
        throw new DaxEvaluationError(EvaluationDiagnostics.UnsupportedFunction,
            $"CONVERT of {value} to {target} is not supported by this DAX engine (its rounding or parsing rule is not pinned down).");
}
