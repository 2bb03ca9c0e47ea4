using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.MathAndTrig;

/// <summary>INT(number): rounds down to the nearest integer (INT(-1.5) = -2).</summary>
internal sealed class Int : DaxFunction
{
    public override string Name => "INT";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var v = ev.Scalar(args[0], ctx);
        return v.IsBlank ? v : DaxValue.FromInteger((long)Math.Floor(v.AsDouble()));
    }
}
