using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.MathAndTrig;

/// <summary>
/// DIVIDE(numerator, denominator, [alternate]): the alternate (BLANK by default) when the denominator
/// is 0 or BLANK, otherwise numerator / denominator (Microsoft Learn DIVIDE).
/// </summary>
internal sealed class Divide : DaxFunction
{
    public override string Name => "DIVIDE";
    public override int MinArguments => 2;
    public override int MaxArguments => 3;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var numerator = ev.Scalar(args[0], ctx);
        var denominator = ev.Scalar(args[1], ctx);
        if (denominator.IsBlank || denominator.AsDouble() == 0) return ev.Optional(args, 2, ctx);
        return numerator.IsBlank ? DaxValue.Blank : DaxValue.Divide(numerator, denominator);
    }
}
