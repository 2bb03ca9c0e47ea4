using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>Conversions shared by the date functions.</summary>
internal static class DateArgs
{
    public static DateOnly ToDate(DaxValue v) => DaxDate.FromSerial(v.AsDouble());

    public static DaxValue Of(DateOnly d) => DaxValue.FromDate(d);

    public static DaxValue Of(DateTime d) => DaxValue.FromDateTime(d);
}
