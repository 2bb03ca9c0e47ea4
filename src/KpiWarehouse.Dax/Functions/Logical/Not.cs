using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>NOT(value).</summary>
internal sealed class Not : DaxFunction
{
    public override string Name => "NOT";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => DaxValue.FromBoolean(!ev.Scalar(args[0], ctx).AsBoolean());
}
