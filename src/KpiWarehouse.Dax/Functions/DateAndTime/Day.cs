using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>DAY(date).</summary>
internal sealed class Day : DaxFunction
{
    public override string Name => "DAY";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        DaxValue.FromInteger(DateArgs.ToDate(ev.Scalar(args[0], ctx)).Day);
}
