using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>ISCROSSFILTERED(column | table): TRUE when the column's table is filtered, directly or through relationships.</summary>
internal sealed class IsCrossFiltered : DaxFunction
{
    public override string Name => "ISCROSSFILTERED";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var table = args[0] is BoundTable t ? t.Table : Evaluator.ColumnArgument(args[0], Name).Table;
        var state = ctx.Filter.State;
        return DaxValue.FromBoolean(ctx.Filter.Filters.Any(f => f.MaskFor(table, state) is not null));
    }
}
