using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>COUNTX(table, expression): rows where the expression is not BLANK.</summary>
internal sealed class CountX : DaxFunction
{
    public override string Name => "COUNTX";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ColumnScan.CountOrBlank(ColumnScan.NonBlankResults(ev, args[0], args[1], ctx).Count);
}
