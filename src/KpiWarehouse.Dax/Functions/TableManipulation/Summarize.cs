using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>
/// SUMMARIZE(table, groupBy…, [name, expression]…): the distinct combinations of the group-by
/// columns (of the table's expanded table) over the table's rows; each extension column is
/// evaluated with the group's values as filters.
/// </summary>
internal sealed class Summarize : TableFunction
{
    public override string Name => "SUMMARIZE";
    public override int MinArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var table = ev.Table(args[0], ctx);
        var groupBy = new List<Column>();
        var i = 1;
        for (; i < args.Length && args[i] is BoundColumn c; i++) groupBy.Add(c.Column);
        var tuples = new HashSet<DaxValue[]>(Evaluation.Filters.TupleComparer.Instance);
        var rows = new List<DaxValue[]>();
        var state = ctx.Filter.State;
        for (var r = 0; r < table.RowCount; r++)
        {
            var tuple = new DaxValue[groupBy.Count];
            for (var k = 0; k < tuple.Length; k++)
            {
                var col = groupBy[k];
                var idx = table.IndexOf(col);
                if (idx >= 0) { tuple[k] = table.Value(r, idx); continue; }
                var map = table.Base is null ? null : state.Path(table.Base, col.Table);
                if (map is null) throw Fail($"SUMMARIZE: {col} is not a column of the table or of a table it relates to.");
                var baseRow = table.BaseRows![r];
                tuple[k] = col.ValueAt(map.Length == 0 ? baseRow : map[baseRow]);
            }
            if (tuples.Add(tuple)) rows.Add(tuple);
        }
        var columns = groupBy.Select(c => new TableColumn(c.Name, c)).ToList();
        var result = DaxTable.Materialized(columns, rows);
        var names = new List<string>();
        var exprs = new List<BoundExpr>();
        for (; i + 1 < args.Length; i += 2) { names.Add(ColumnNames.Of(ev, args[i], ctx, Name)); exprs.Add(args[i + 1]); }
        if (names.Count == 0) return result;
        var tableFilters = ev.FiltersFromTable(table, state).ToList();
        var values = new List<DaxValue[]>();
        for (var r = 0; r < rows.Count; r++)
        {
            // The table's rows first, then the group's values, which narrow the table filter's columns.
            var filters = tableFilters.Concat(groupBy.Select((c, k) => (Evaluation.Filters.Filter)ev.EqualsFilter(c, rows[r][k])));
            // SUMMARIZE iterates its groups: the filter context it started in is the shadow ALLSELECTED restores.
            var inner = ctx with { Filter = ctx.Filter.Overwrite(filters), Rows = null, Selected = ev.TracksShadowFilters ? ctx.Filter : ctx.Selected };
            values.Add(exprs.Select(e => ev.Scalar(e, inner)).ToArray());
        }
        return result.Extend(names, values);
    }
}
