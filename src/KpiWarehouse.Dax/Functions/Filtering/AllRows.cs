using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>Shared logic of ALL, ALLNOBLANKROW and REMOVEFILTERS.</summary>
internal static class AllRows
{
    public static DaxTable Of(BoundExpr[] args, string name, EvalContext ctx, bool includeBlankRow)
    {
        if (args.Length == 0) throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"{name}() without arguments is only valid as a CALCULATE filter.");
        if (args[0] is BoundTable t)
        {
            var limit = includeBlankRow ? t.Table.TotalRows : t.Table.RowCount;
            var rows = new BitSet(limit, allSet: true);
            foreach (var security in ctx.Filter.Caches.SecurityFilters)
                if (security.MaskFor(t.Table, ctx.Filter.Caches.DefaultState) is { } s) for (var r = 0; r < limit; r++) rows[r] = rows[r] && s[r];
            return DaxTable.FromRows(t.Table, rows.ToArray());
        }
        var columns = args.Select(a => Evaluator.ColumnArgument(a, name)).ToArray();
        if (columns.Select(c => c.Table).Distinct().Count() > 1)
            throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"{name}: all columns must come from the same table.");
        var table = columns[0].Table;
        var visible = new BitSet(table.TotalRows, allSet: true);
        if (!includeBlankRow && table.HasBlankRow) visible[table.RowCount] = false;
        foreach (var security in ctx.Filter.Caches.SecurityFilters)
            if (security.MaskFor(table, ctx.Filter.Caches.DefaultState) is { } s) visible.And(s);
        return Evaluator.DistinctCombos(columns, visible);
    }

    /// <summary>The number of rows <c>ALL ( table )</c> returns (the blank row included), without building them.</summary>
    public static int Count(Table table, EvalContext ctx)
    {
        var securities = ctx.Filter.Caches.SecurityFilters
            .Select(security => security.MaskFor(table, ctx.Filter.Caches.DefaultState)).OfType<BitSet>().ToList();
        if (securities.Count == 0)
            return table.TotalRows;
        var rows = new BitSet(table.TotalRows, allSet: true);
        foreach (var s in securities)
            rows.And(s);
        return rows.Count();
    }

    public static FilterContext Remove(BoundExpr[] args, FilterContext current)
    {
        if (args.Length == 0) return current.With([]);
        var columns = new HashSet<Column>();
        foreach (var a in args)
        {
            if (a is BoundTable t)
                foreach (var table in current.State.Expanded(t.Table).Keys) columns.UnionWith(table.Columns);
            else columns.Add(Evaluator.ColumnArgument(a, "ALL"));
        }
        return current.Remove(columns.Contains);
    }
}
