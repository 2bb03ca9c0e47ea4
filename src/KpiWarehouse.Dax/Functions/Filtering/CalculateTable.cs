using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>CALCULATETABLE(table, filters…): the table expression in a modified filter context.</summary>
internal sealed class CalculateTable : TableFunction
{
    public override string Name => "CALCULATETABLE";
    public override int MinArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ev.Table(args[0], ev.Calculate(args[1..], ctx));
}
