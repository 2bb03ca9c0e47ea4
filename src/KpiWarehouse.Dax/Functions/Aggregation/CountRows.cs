using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>COUNTROWS(table): rows of the table; BLANK (not 0) for an empty table (dax.guide COUNTROWS).</summary>
internal sealed class CountRows : DaxFunction
{
    public override string Name => "COUNTROWS";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var n = args[0] switch
        {
            BoundTable t => TableRows(t.Table, ctx),
            // COUNTROWS ( ALL ( 'T' ) ), "does the source have T at all": a count of the rows security lets through,
            // without building the table.
            BoundCall { Function: Filtering.All, Arguments: [BoundTable all] } => Filtering.AllRows.Count(all.Table, ctx),
            _ => ev.Table(args[0], ctx).RowCount,
        };
        return ColumnScan.CountOrBlank(n);
    }

    // A table reference does not include the blank row (see Evaluator.TableReferenceRows).
    private static int TableRows(Table table, EvalContext ctx)
    {
        var visible = ctx.Filter.VisibleRows(table);
        return visible.Count() - (table.HasBlankRow && visible[table.RowCount] ? 1 : 0);
    }
}
