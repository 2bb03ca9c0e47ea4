using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>RELATED(column): the value on the one side of the relationship chain from the current row.</summary>
internal sealed class Related : DaxFunction
{
    public override string Name => "RELATED";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ev.Related(Evaluator.ColumnArgument(args[0], Name), ctx);
}
