using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>MIN(column) or MIN(a, b): in the two-value form BLANK counts as 0 (dax.guide MIN: MIN(1, BLANK()) is 0).</summary>
internal sealed class Min : DaxFunction
{
    public override string Name => "MIN";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        if (args.Length == 1) return ColumnScan.Extreme(Evaluator.ColumnArgument(args[0], Name), ctx, max: false);
        var a = ev.Scalar(args[0], ctx);
        var b = ev.Scalar(args[1], ctx);
        if (a.IsBlank && b.IsBlank) return DaxValue.Blank;
        if (a.IsBlank) a = DaxValue.FromInteger(0);
        if (b.IsBlank) b = DaxValue.FromInteger(0);
        return DaxValue.Compare(a, b) <= 0 ? a : b;
    }
}
