using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>MAX(column) or MAX(a, b) (BLANK compares as 0 in the two-value form).</summary>
internal sealed class Max : DaxFunction
{
    public override string Name => "MAX";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        if (args.Length == 1) return ColumnScan.Extreme(Evaluator.ColumnArgument(args[0], Name), ctx, max: true);
        var a = ev.Scalar(args[0], ctx);
        var b = ev.Scalar(args[1], ctx);
        return DaxValue.Compare(a, b) >= 0 ? a : b;
    }
}
