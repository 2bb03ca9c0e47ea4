using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>REMOVEFILTERS(table | columns…): a CALCULATE modifier clearing filters, like ALL.</summary>
internal sealed class RemoveFilters : TableFunction, IFilterModifier
{
    public override string Name => "REMOVEFILTERS";
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        throw Fail("REMOVEFILTERS can only be used as a CALCULATE or CALCULATETABLE filter argument.");
    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current) => AllRows.Remove(args, current);
}
