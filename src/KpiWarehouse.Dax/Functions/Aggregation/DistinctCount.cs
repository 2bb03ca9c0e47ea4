using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>DISTINCTCOUNT(column): distinct values, BLANK counted as a value when present; BLANK over no rows.</summary>
internal sealed class DistinctCount : DaxFunction
{
    public override string Name => "DISTINCTCOUNT";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ColumnScan.CountOrBlank(Evaluator.VisibleCodes(Evaluator.ColumnArgument(args[0], Name), ctx.Filter, includeBlankRow: true).Count());
}
