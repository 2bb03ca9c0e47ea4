using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>SELECTCOLUMNS(table, name, expression, …): new columns per row; a plain column reference keeps its lineage.</summary>
internal sealed class SelectColumns : TableFunction
{
    public override string Name => "SELECTCOLUMNS";
    public override int MinArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var table = ev.Table(args[0], ctx);
        var columns = new List<TableColumn>();
        var exprs = new List<BoundExpr>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is BoundColumn c) { columns.Add(new TableColumn(c.Column.Name, c.Column)); exprs.Add(c); continue; }
            if (i + 1 >= args.Length) throw Fail("SELECTCOLUMNS takes a table then name/expression pairs.");
            var name = ColumnNames.Of(ev, args[i], ctx, Name);
            var expr = args[++i];
            columns.Add(new TableColumn(name, expr is BoundColumn bc ? bc.Column : null));
            exprs.Add(expr);
        }
        var rows = new List<DaxValue[]>(table.RowCount);
        ev.Iterate(table, ctx, (_, inner) => rows.Add(exprs.Select(e => ev.Scalar(e, inner)).ToArray()));
        return DaxTable.Materialized(columns, rows);
    }
}
