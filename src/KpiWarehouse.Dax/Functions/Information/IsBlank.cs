using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>ISBLANK(value): TRUE for BLANK only (not for 0 or "").</summary>
internal sealed class IsBlank : DaxFunction
{
    public override string Name => "ISBLANK";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => DaxValue.FromBoolean(ev.Scalar(args[0], ctx).IsBlank);
}
