using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>EDATE(date, months): the same day <c>months</c> later, clamped to the month's last day (Jan 31 + 1 = Feb 28/29).</summary>
internal sealed class EDate : DaxFunction
{
    public override string Name => "EDATE";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var d = ev.Scalar(args[0], ctx);
        if (d.IsBlank) return d;
        var months = (int)Math.Truncate(ev.Scalar(args[1], ctx).AsDouble());
        return DateArgs.Of(DaxDate.AddMonths(DateArgs.ToDate(d), months));
    }
}
