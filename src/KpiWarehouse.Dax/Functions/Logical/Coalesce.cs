using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>COALESCE(value, …): the first argument that is not BLANK.</summary>
internal sealed class Coalesce : DaxFunction
{
    public override string Name => "COALESCE";
    public override int MinArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        foreach (var a in args)
        {
            var v = ev.Scalar(a, ctx);
            if (!v.IsBlank) return v;
        }
        return DaxValue.Blank;
    }
}
