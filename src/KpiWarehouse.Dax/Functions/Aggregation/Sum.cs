using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>SUM(column): the sum of the column's non-blank values in the filter context; BLANK over no values.</summary>
internal sealed class Sum : DaxFunction
{
    public override string Name => "SUM";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ColumnScan.Sum(Evaluator.ColumnArgument(args[0], Name), ctx);
}
