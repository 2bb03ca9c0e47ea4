using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>BLANK().</summary>
internal sealed class Blank : DaxFunction
{
    public override string Name => "BLANK";
    public override int MaxArguments => 0;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => DaxValue.Blank;
}
