using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query.Storage;

namespace KpiWarehouse.Query.Hosting;

/// <summary>
/// Turns a column read from Parquet into an engine column of the type the model declares, the way a refresh
/// converts source values to the column's data type. Only lossless or model-sanctioned conversions are made
/// (DECIMAL → fixed decimal rounds to 4 places as Power BI stores it; DATE → dateTime at midnight); anything else
/// is a KPIW-Q006 error naming the column, never a silently wrong value.
/// </summary>
public static class EngineColumns
{
    /// <summary>The engine column <paramref name="modelName"/> of type <paramref name="type"/> from <paramref name="values"/>.</summary>
    public static Outcome<ColumnData> Convert(string table, string modelName, DaxType type, ColumnValues values)
    {
        var data = (type, values.Kind) switch
        {
            (DaxType.Integer, ColumnKind.Int64) => ColumnData.Integer(modelName, Map(values, values.Int64s!, v => v)),
            (DaxType.Currency, ColumnKind.Decimal) => ColumnData.Currency(modelName, Map(values, values.Decimals!, v => v)),
            (DaxType.Currency, ColumnKind.Int64) => ColumnData.Currency(modelName, Map(values, values.Int64s!, v => (decimal)v)),
            (DaxType.Double, ColumnKind.Double) => ColumnData.Double(modelName, Map(values, values.Doubles!, v => v)),
            (DaxType.Double, ColumnKind.Decimal) => ColumnData.Double(modelName, Map(values, values.Decimals!, v => (double)v)),
            (DaxType.Double, ColumnKind.Int64) => ColumnData.Double(modelName, Map(values, values.Int64s!, v => (double)v)),
            (DaxType.DateTime, ColumnKind.Date) => ColumnData.Date(modelName, Map(values, values.Dates!, v => v)),
            (DaxType.DateTime, ColumnKind.DateTime) => ColumnData.DateTime(modelName, Map(values, values.DateTimes!, v => v)),
            (DaxType.Boolean, ColumnKind.Boolean) => ColumnData.Boolean(modelName, Map(values, values.Booleans!, v => v)),
            (DaxType.String, ColumnKind.String) => ColumnData.String(modelName, values.Strings!),
            _ => null,
        };
        return data is null
            ? QueryDiagnostics.TypeMismatch(table, modelName, values.Name, type, values.Kind)
            : Outcome<ColumnData>.Ok(data);
    }

    private static TOut?[] Map<TIn, TOut>(ColumnValues values, TIn[] source, Func<TIn, TOut> convert) where TOut : struct
    {
        var result = new TOut?[source.Length];
        for (var row = 0; row < source.Length; row++)
        {
            if (!values.IsNull[row])
                result[row] = convert(source[row]);
        }
        return result;
    }
}
