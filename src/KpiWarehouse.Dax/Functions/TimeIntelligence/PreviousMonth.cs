using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>PREVIOUSMONTH(dates): every date of the month before the month of the first date in context.</summary>
internal sealed class PreviousMonth : TableFunction
{
    public override string Name => "PREVIOUSMONTH";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        if (days.Length == 0) return DateSet.Output(column, []);
        var first = DateSet.PeriodStart(DateSet.Day(days[0]), 1).AddMonths(-1);
        return DateSet.Range(column, first, first.AddMonths(1).AddDays(-1));
    }
}
