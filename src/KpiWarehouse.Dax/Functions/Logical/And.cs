using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>AND(a, b).</summary>
internal sealed class And : DaxFunction
{
    public override string Name => "AND";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        DaxValue.FromBoolean(ev.Scalar(args[0], ctx).AsBoolean() && ev.Scalar(args[1], ctx).AsBoolean());
}
