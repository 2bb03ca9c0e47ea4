using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>FALSE().</summary>
internal sealed class False : DaxFunction
{
    public override string Name => "FALSE";
    public override int MaxArguments => 0;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => DaxValue.False;
}
