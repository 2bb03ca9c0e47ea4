using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Information;

/// <summary>USERPRINCIPALNAME(): the user the query runs as (the --user option), "" when none.</summary>
internal sealed class UserPrincipalName : DaxFunction
{
    public override string Name => "USERPRINCIPALNAME";
    public override int MaxArguments => 0;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => ev.UserPrincipalName();
}
