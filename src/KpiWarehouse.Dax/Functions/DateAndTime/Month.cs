using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>MONTH(date).</summary>
internal sealed class Month : DaxFunction
{
    public override string Name => "MONTH";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        DaxValue.FromInteger(DateArgs.ToDate(ev.Scalar(args[0], ctx)).Month);
}
