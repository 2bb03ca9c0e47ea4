using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.MathAndTrig;

/// <summary>ABS(number).</summary>
internal sealed class Abs : DaxFunction
{
    public override string Name => "ABS";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var v = ev.Scalar(args[0], ctx);
        return v.IsBlank ? v : DaxValue.Compare(v, DaxValue.FromInteger(0)) < 0 ? DaxValue.Negate(v) : v;
    }
}
