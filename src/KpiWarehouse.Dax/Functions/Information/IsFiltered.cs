using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>ISFILTERED(column | table): TRUE when a filter applies directly to the column (any column of the table).</summary>
internal sealed class IsFiltered : DaxFunction
{
    public override string Name => "ISFILTERED";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => args[0] switch
    {
        BoundTable t => DaxValue.FromBoolean(t.Table.Columns.Any(ctx.Filter.IsFiltered)),
        _ => DaxValue.FromBoolean(ctx.Filter.IsFiltered(Evaluator.ColumnArgument(args[0], Name))),
    };
}
