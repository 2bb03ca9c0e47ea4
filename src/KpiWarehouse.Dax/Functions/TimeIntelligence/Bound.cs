using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>The first or last row of a sorted date table.</summary>
internal static class Bound
{
    public static DaxTable First(DaxTable t) => t.RowCount <= 1 ? t : t.Select([0]);

    public static DaxTable Last(DaxTable t) => t.RowCount <= 1 ? t : t.Select([t.RowCount - 1]);
}
