using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>DISTINCT(column | table): distinct visible values or rows, without the blank row added for unmatched keys.</summary>
internal sealed class Distinct : TableFunction
{
    public override string Name => "DISTINCT";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        switch (args[0])
        {
            case BoundColumn c: return Evaluator.ColumnValues(c.Column, ctx.Filter, includeBlankRow: false);
            case BoundTable t:
                var rows = ctx.Filter.VisibleRows(t.Table).ToArray().Where(r => r < t.Table.RowCount).ToArray();
                return Evaluator.DistinctRows(DaxTable.FromRows(t.Table, rows));
            default: return Evaluator.DistinctRows(ev.Table(args[0], ctx));
        }
    }
}
