using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>PREVIOUSYEAR(dates, [year_end]): every date of the year before the year of the last date in context.</summary>
internal sealed class PreviousYear : TableFunction
{
    public override string Name => "PREVIOUSYEAR";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        if (days.Length == 0) return DateSet.Output(column, []);
        var start = DateSet.PeriodStart(DateSet.Day(days[^1]), 12, DateSet.YearEnd(ev, args, 1, ctx)).AddYears(-1);
        return DateSet.Range(column, start, start.AddYears(1).AddDays(-1));
    }
}
