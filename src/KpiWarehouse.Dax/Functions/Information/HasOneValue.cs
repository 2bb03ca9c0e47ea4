using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>HASONEVALUE(column): TRUE when exactly one value of the column is visible.</summary>
internal sealed class HasOneValue : DaxFunction
{
    public override string Name => "HASONEVALUE";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        DaxValue.FromBoolean(Evaluator.VisibleCodes(Evaluator.ColumnArgument(args[0], Name), ctx.Filter, includeBlankRow: true).Count() == 1);
}
