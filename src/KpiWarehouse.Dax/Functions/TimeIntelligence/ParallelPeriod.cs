using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>PARALLELPERIOD(dates, count, MONTH | QUARTER | YEAR): the whole periods spanned by the dates, shifted by count periods.</summary>
internal sealed class ParallelPeriod : TableFunction
{
    public override string Name => "PARALLELPERIOD";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override bool IsKeywordArgument(int index) => index == 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        if (days.Length == 0) return DateSet.Output(column, []);
        var count = (int)ev.Scalar(args[1], ctx).AsDouble();
        var months = DateSet.Months(ev.Scalar(args[2], ctx).AsText(), Name);
        if (months == 0) throw Fail("PARALLELPERIOD works with MONTH, QUARTER or YEAR.");
        var first = DateSet.PeriodStart(DateSet.Day(days[0]), months).AddMonths(count * months);
        var last = DateSet.PeriodStart(DateSet.Day(days[^1]), months).AddMonths((count + 1) * months).AddDays(-1);
        return DateSet.Range(column, first, last);
    }
}
