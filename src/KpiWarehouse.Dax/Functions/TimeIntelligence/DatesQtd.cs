using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>DATESQTD(dates): dates from the start of the quarter of the last date in context up to it.</summary>
internal sealed class DatesQtd : TableFunction
{
    public override string Name => "DATESQTD";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => ToDate.Dates(ev, args, ctx, 3, Name);
}
