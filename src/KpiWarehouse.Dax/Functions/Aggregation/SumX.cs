using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>SUMX(table, expression): the sum of the non-blank results, BLANK when all are BLANK.</summary>
internal sealed class SumX : DaxFunction
{
    public override string Name => "SUMX";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var total = DaxValue.Blank;
        ev.Iterate(ev.Table(args[0], ctx), ctx, (_, inner) => total = DaxValue.Add(total, ev.Scalar(args[1], inner)));
        return total;
    }
}
