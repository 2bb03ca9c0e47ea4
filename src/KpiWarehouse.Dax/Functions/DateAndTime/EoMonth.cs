using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>EOMONTH(date, months): the last day of the month <c>months</c> after the date's; BLANK for a BLANK date.</summary>
internal sealed class EoMonth : DaxFunction
{
    public override string Name => "EOMONTH";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var d = ev.Scalar(args[0], ctx);
        if (d.IsBlank) return d;
        var months = (int)Math.Truncate(ev.Scalar(args[1], ctx).AsDouble());
        return DateArgs.Of(DaxDate.EndOfMonth(DaxDate.AddMonths(DateArgs.ToDate(d), months)));
    }
}
