using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>Shared logic of DATESYTD, DATESQTD, DATESMTD: from the period's start to the last date in context.</summary>
internal static class ToDate
{
    public static DaxTable Dates(Evaluator ev, BoundExpr[] args, EvalContext ctx, int months, string function)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, function);
        if (days.Length == 0) return DateSet.Output(column, []);
        var last = DateSet.Day(days[^1]);
        var yearEnd = months == 12 ? DateSet.YearEnd(ev, args, 1, ctx) : null;
        return DateSet.Range(column, DateSet.PeriodStart(last, months, yearEnd), last);
    }
}
