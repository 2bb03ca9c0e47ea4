using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>DATESYTD(dates, [year_end]): dates from the start of the year of the last date in context up to it.</summary>
internal sealed class DatesYtd : TableFunction
{
    public override string Name => "DATESYTD";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => ToDate.Dates(ev, args, ctx, 12, Name);
}
