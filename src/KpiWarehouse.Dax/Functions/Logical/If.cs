using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>IF(condition, then, [else]): only the chosen branch is evaluated; a missing else is BLANK.</summary>
internal sealed class If : DaxFunction
{
    public override string Name => "IF";
    public override int MinArguments => 2;
    public override int MaxArguments => 3;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ev.Scalar(args[0], ctx).AsBoolean() ? ev.Scalar(args[1], ctx) : ev.Optional(args, 2, ctx);
}
