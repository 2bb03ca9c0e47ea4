using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// The data type of a computed column (Microsoft Learn "Data types in DAX" and "Calculated columns": a
/// calculated column's type is inferred from its expression; an expression that can return values of
/// different types is a Variant, which a column cannot store). From the values: one type is that type;
/// whole numbers with decimal numbers are Double, whole numbers with fixed decimals are Currency, fixed
/// decimals with decimal numbers are Double; any other mix (text with numbers, dates with text, Boolean
/// with numbers) is an error. The expression's own type (<see cref="StaticTypes"/>), when known, joins the
/// values' by the same rules. A column whose every value is BLANK and whose type is unknown is a String column of BLANKs. A
/// declared type converts the values: numbers to numbers, anything to text; other conversions are errors.
/// </summary>
internal static class CalculatedTypes
{
    public static ColumnData ToColumn(string name, string owner, DaxValue[] values, DaxType? declared, DaxType? expressionType = null)
    {
        var fromValues = Infer(values, owner);
        var inferred = expressionType is { } known ? Infer([Sample(known), .. fromValues is { } v ? [Sample(v)] : Array.Empty<DaxValue>()], owner) : fromValues;
        var type = declared ?? inferred ?? DaxType.String;
        if (type != inferred)
            for (var i = 0; i < values.Length; i++) values[i] = Convert(values[i], type, owner);
        return ColumnData.FromValues(name, type, values);
    }

    public static DaxType? Infer(IEnumerable<DaxValue> values, string owner)
    {
        DaxType? type = null;
        foreach (var v in values)
        {
            if (v.IsBlank || v.Type == type) continue;
            type = type is null ? v.Type : Unify(type.Value, v.Type)
                ?? throw new DaxEvaluationError(EvaluationDiagnostics.TypeMismatch,
                    $"{owner}: the expression yields values of type {type} and {v.Type} (a variant), which a column cannot hold; convert them to one type.");
        }
        return type;
    }

    /// <summary>A value of the type, to work out result types with the engine's own operators.</summary>
    public static DaxValue Sample(DaxType t) => t switch
    {
        DaxType.String => DaxValue.FromString("a"),
        DaxType.Boolean => DaxValue.True,
        DaxType.Integer => DaxValue.FromInteger(1),
        DaxType.Currency => DaxValue.FromCurrency(1m),
        DaxType.DateTime => DaxValue.FromSerialDate(1),
        _ => DaxValue.FromDouble(1.5),
    };

    private static DaxType? Unify(DaxType a, DaxType b) => (a, b) switch
    {
        (DaxType.Integer, DaxType.Double) or (DaxType.Double, DaxType.Integer) => DaxType.Double,
        (DaxType.Integer, DaxType.Currency) or (DaxType.Currency, DaxType.Integer) => DaxType.Currency,
        (DaxType.Currency, DaxType.Double) or (DaxType.Double, DaxType.Currency) => DaxType.Double,
        _ => null,
    };

    private static DaxValue Convert(DaxValue v, DaxType type, string owner)
    {
        if (v.IsBlank || v.Type == type) return v;
        return type switch
        {
            DaxType.String => DaxValue.FromString(v.AsText()),
            DaxType.Double when v.IsNumber => DaxValue.FromDouble(v.AsDouble()),
            DaxType.Currency when v.IsNumber => DaxValue.FromCurrency(v.Type == DaxType.Double ? (decimal)v.DoubleBits : v.AsDecimal()),
            DaxType.Integer when v.IsNumber && v.AsDouble() == Math.Floor(v.AsDouble()) => DaxValue.FromInteger((long)v.AsDouble()),
            _ => throw new DaxEvaluationError(EvaluationDiagnostics.TypeMismatch,
                $"{owner}: the value {v} cannot be stored in a column of type {type}."),
        };
    }
}
