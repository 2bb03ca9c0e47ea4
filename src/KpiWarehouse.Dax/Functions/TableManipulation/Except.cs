using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>EXCEPT(left, right): the rows of left that do not appear in right.</summary>
internal sealed class Except : TableFunction
{
    public override string Name => "EXCEPT";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => SetOps.Keep(ev, args, ctx, present: false);
}
