using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>INTERSECT(left, right): the rows of left that also appear in right (left's duplicates kept).</summary>
internal sealed class Intersect : TableFunction
{
    public override string Name => "INTERSECT";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => SetOps.Keep(ev, args, ctx, present: true);
}
