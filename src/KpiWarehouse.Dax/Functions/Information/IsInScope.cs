using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>ISINSCOPE(column): TRUE when the column is a grouping column of the current SUMMARIZECOLUMNS row.</summary>
internal sealed class IsInScope : DaxFunction
{
    public override string Name => "ISINSCOPE";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        DaxValue.FromBoolean(ctx.Scope.Contains(Evaluator.ColumnArgument(args[0], Name)));
}
