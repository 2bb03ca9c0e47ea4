using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>STARTOFMONTH(dates): the first date of the month of the first date in context.</summary>
internal sealed class StartOfMonth : TableFunction
{
    public override string Name => "STARTOFMONTH";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        if (days.Length == 0) return DateSet.Output(column, []);
        var start = DateSet.PeriodStart(DateSet.Day(days[0]), 1);
        return Bound.First(DateSet.Range(column, start, DaxDate.EndOfMonth(start)));
    }
}
