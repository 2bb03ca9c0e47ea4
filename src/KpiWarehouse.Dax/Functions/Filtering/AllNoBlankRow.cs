using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>ALLNOBLANKROW(table | columns…): ALL without the blank row added for unmatched keys.</summary>
internal sealed class AllNoBlankRow : TableFunction, IFilterModifier
{
    public override string Name => "ALLNOBLANKROW";
    public override int MinArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => AllRows.Of(args, Name, ctx, includeBlankRow: false);
    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current) => AllRows.Remove(args, current);
}
