using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>
/// ALLSELECTED(columns or table) / ALLSELECTED(): removes the current filters on the columns (all of
/// them without arguments) and restores those of the last shadow filter context, the filter context the
/// innermost iteration started in (<see cref="EvalContext.Selected"/>, set by <c>Evaluator.Iterate</c>,
/// SUMMARIZE and SUMMARIZECOLUMNS; dax.guide ALLSELECTED; SQLBI "The definitive guide to ALLSELECTED").
/// </summary>
internal sealed class AllSelected : TableFunction, IFilterModifier
{
    public override string Name => "ALLSELECTED";
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var filter = Modify(ev, args, ctx, ctx.Filter);
        if (args.Length == 0) throw Fail("ALLSELECTED() without arguments is only valid as a CALCULATE filter.");
        if (args[0] is BoundTable t) return DaxTable.FromRows(t.Table, filter.VisibleRows(t.Table).ToArray());
        var columns = args.Select(a => Evaluator.ColumnArgument(a, Name)).ToArray();
        return Evaluator.DistinctCombos(columns, filter.VisibleRows(columns[0].Table));
    }

    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current)
    {
        if (args.Length == 0) return current.With([.. ctx.Selected.Filters]);
        var columns = new HashSet<Column>();
        foreach (var a in args)
        {
            if (a is BoundTable t) foreach (var table in current.State.Expanded(t.Table).Keys) columns.UnionWith(table.Columns);
            else columns.Add(Evaluator.ColumnArgument(a, Name));
        }
        var restored = ctx.Selected.Filters.Where(f => f.Columns.Any(columns.Contains)).ToList();
        return current.Remove(columns.Contains).Overwrite(restored);
    }
}
