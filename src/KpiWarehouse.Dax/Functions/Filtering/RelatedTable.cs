using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>RELATEDTABLE(table): CALCULATETABLE(table) — the rows related to the current row through context transition.</summary>
internal sealed class RelatedTable : TableFunction
{
    public override string Name => "RELATEDTABLE";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ev.Table(args[0], ev.Calculate([], ctx));
}
