using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>CROSSJOIN(table, table, …): every combination of rows; columns keep their lineage.</summary>
internal sealed class CrossJoin : TableFunction
{
    public override string Name => "CROSSJOIN";
    public override int MinArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var tables = args.Select(a => ev.Table(a, ctx)).ToArray();
        Limits.CheckRows(tables.Aggregate(1L, (n, t) => n * t.RowCount > Limits.MaxRows ? Limits.MaxRows + 1 : n * t.RowCount), Name);
        var columns = tables.SelectMany(t => t.Columns).Select(c => c with { BaseOrdinal = -1 }).ToArray();
        IEnumerable<DaxValue[]> rows = [[]];
        foreach (var t in tables)
        {
            var current = t;
            rows = rows.SelectMany(prefix => Enumerable.Range(0, current.RowCount).Select(r => (DaxValue[])[.. prefix, .. current.Row(r)])).ToList();
        }
        return DaxTable.Materialized(columns, rows.ToList());
    }
}
