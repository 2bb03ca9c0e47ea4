using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>COUNTBLANK(column): BLANK values among the visible rows; BLANK when there are none.</summary>
internal sealed class CountBlank : DaxFunction
{
    public override string Name => "COUNTBLANK";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var n = 0;
        ColumnScan.Visit(Evaluator.ColumnArgument(args[0], Name), ctx, c => { if (c == 0) n++; });
        return ColumnScan.CountOrBlank(n);
    }
}
