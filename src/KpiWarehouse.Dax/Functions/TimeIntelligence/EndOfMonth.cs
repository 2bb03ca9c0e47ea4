using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>ENDOFMONTH(dates): the last date of the month of the last date in context.</summary>
internal sealed class EndOfMonth : TableFunction
{
    public override string Name => "ENDOFMONTH";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        if (days.Length == 0) return DateSet.Output(column, []);
        var last = DateSet.Day(days[^1]);
        return Bound.Last(DateSet.Range(column, DateSet.PeriodStart(last, 1), DaxDate.EndOfMonth(last)));
    }
}
