using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>MAXX(table, expression): the largest non-blank result.</summary>
internal sealed class MaxX : DaxFunction
{
    public override string Name => "MAXX";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var best = DaxValue.Blank;
        foreach (var v in ColumnScan.NonBlankResults(ev, args[0], args[1], ctx))
            if (best.IsBlank || DaxValue.Compare(v, best) > 0) best = v;
        return best;
    }
}
