using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>FILTER(table, condition): the rows where the condition is TRUE, evaluated in each row's context.</summary>
internal sealed class FilterFunction : TableFunction
{
    public override string Name => "FILTER";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var table = ev.Table(args[0], ctx);
        var keep = new List<int>();
        ev.Iterate(table, ctx, (r, inner) => { if (ev.Scalar(args[1], inner).AsBoolean()) keep.Add(r); });
        return table.Select(keep);
    }
}
