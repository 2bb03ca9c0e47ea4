using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>CALCULATE(expression, filters…): the expression in a modified filter context.</summary>
internal sealed class Calculate : DaxFunction
{
    public override string Name => "CALCULATE";
    public override int MinArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ev.Scalar(args[0], ev.Calculate(args[1..], ctx));
}
