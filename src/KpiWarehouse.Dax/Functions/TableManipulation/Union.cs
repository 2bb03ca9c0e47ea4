using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>UNION(table, table, …): all rows of all tables (duplicates kept), columns by position, names of the first.</summary>
internal sealed class Union : TableFunction
{
    public override string Name => "UNION";
    public override int MinArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var tables = args.Select(a => ev.Table(a, ctx)).ToArray();
        var width = tables[0].Columns.Count;
        if (tables.Any(t => t.Columns.Count != width)) throw Fail("UNION: every table needs the same number of columns.");
        var columns = tables[0].Columns.Select((c, i) => new TableColumn(c.Name,
            tables.All(t => t.Columns[i].Lineage == c.Lineage) ? c.Lineage : null)).ToArray();
        var rows = tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(t.Row)).ToList();
        return DaxTable.Materialized(columns, rows);
    }
}
