using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>COUNT(column): non-blank values; BLANK when there are none.</summary>
internal sealed class Count : DaxFunction
{
    public override string Name => "COUNT";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ColumnScan.CountOrBlank(ColumnScan.CountNonBlank(Evaluator.ColumnArgument(args[0], Name), ctx));
}
