using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>YEAR(date).</summary>
internal sealed class Year : DaxFunction
{
    public override string Name => "YEAR";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        DaxValue.FromInteger(DateArgs.ToDate(ev.Scalar(args[0], ctx)).Year);
}
