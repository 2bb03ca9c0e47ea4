using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>SAMEPERIODLASTYEAR(dates) = DATEADD(dates, -1, YEAR) (Microsoft Learn).</summary>
internal sealed class SamePeriodLastYear : TableFunction
{
    public override string Name => "SAMEPERIODLASTYEAR";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        return DateSet.Output(column, DateSet.Shift(days, -1, "YEAR", Name));
    }
}
