using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>VALUES(column | table): distinct visible values (or visible rows), the blank row included when visible.</summary>
internal sealed class Values : TableFunction
{
    public override string Name => "VALUES";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => args[0] switch
    {
        BoundColumn c => Evaluator.ColumnValues(c.Column, ctx.Filter, includeBlankRow: true),
        BoundTable t => DaxTable.FromRows(t.Table, ctx.Filter.VisibleRows(t.Table).ToArray()),
        _ => Evaluator.DistinctRows(ev.Table(args[0], ctx)),
    };
}
