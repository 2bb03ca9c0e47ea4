using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>SELECTEDVALUE(column, [alternate]): the column's value when exactly one is visible, else the alternate (BLANK).</summary>
internal sealed class SelectedValue : DaxFunction
{
    public override string Name => "SELECTEDVALUE";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var column = Evaluator.ColumnArgument(args[0], Name);
        var codes = Evaluator.VisibleCodes(column, ctx.Filter, includeBlankRow: true);
        return codes.Count() == 1 ? column.Dictionary[codes.Next(0)] : ev.Optional(args, 1, ctx);
    }
}
