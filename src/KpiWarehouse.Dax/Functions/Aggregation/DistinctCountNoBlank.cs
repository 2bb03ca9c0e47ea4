using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>DISTINCTCOUNTNOBLANK(column): distinct non-blank values.</summary>
internal sealed class DistinctCountNoBlank : DaxFunction
{
    public override string Name => "DISTINCTCOUNTNOBLANK";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var codes = Evaluator.VisibleCodes(Evaluator.ColumnArgument(args[0], Name), ctx.Filter, includeBlankRow: true);
        codes[0] = false;
        return ColumnScan.CountOrBlank(codes.Count());
    }
}
