using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>
/// KEEPFILTERS(filter): in CALCULATE, adds the filter without removing existing filters on the same
/// columns, so the two intersect (dax.guide KEEPFILTERS). Elsewhere it returns its argument.
/// </summary>
internal sealed class KeepFilters : TableFunction
{
    public override string Name => "KEEPFILTERS";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => ev.Table(args[0], ctx);
}
