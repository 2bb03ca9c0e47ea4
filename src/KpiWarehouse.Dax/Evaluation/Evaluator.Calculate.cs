using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation.Filters;
using KpiWarehouse.Dax.Functions;
using KpiWarehouse.Dax.Functions.Filtering;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

// CALCULATE's order of operations (Microsoft Learn "CALCULATE"; SQLBI "Understanding CALCULATE"):
// 1. filter arguments are evaluated in the caller's context (row context included);
// 2. context transition turns every row context into filters (overwriting);
// 3. modifiers apply (USERELATIONSHIP, CROSSFILTER, ALL/REMOVEFILTERS/ALLEXCEPT/ALLSELECTED);
// 4. the evaluated filters apply: each overwrites existing filters on its columns, unless wrapped
//    in KEEPFILTERS, which intersects instead;
// 5. the expression is evaluated without row context.
internal sealed partial class Evaluator
{
    public EvalContext Calculate(IReadOnlyList<BoundExpr> filterArgs, EvalContext ctx)
    {
        var overwrite = new List<Filter>();
        var keep = new List<Filter>();
        var modifiers = new List<BoundCall>();
        foreach (var arg in filterArgs)
        {
            if (arg is BoundCall { Function: IFilterModifier } m) modifiers.Add(m);
            else if (arg is BoundCall { Function: KeepFilters } k)
                foreach (var inner in k.Arguments) keep.AddRange(FiltersFrom(inner, ctx));
            else overwrite.AddRange(FiltersFrom(arg, ctx));
        }
        var filter = ctx.Rows is null ? ctx.Filter : ContextTransition(ctx);
        foreach (var m in modifiers) filter = ((IFilterModifier)m.Function).Modify(this, m.Arguments, ctx, filter);
        filter = ClearDateTables(filter, overwrite.Concat(keep));
        if (overwrite.Count > 0) filter = filter.Overwrite(overwrite);
        if (keep.Count > 0) filter = filter.With([.. filter.Filters, .. keep]);
        // The row contexts became filters: the expression sees none, so a nested measure reference does not
        // transition them again over REMOVEFILTERS/ALL (SUMX(Customer, CALCULATE([m], ALL(Customer))) is the total).
        return ctx with { Filter = filter, Rows = null, Depth = ctx.Depth + 1 };
    }

    // A filter on the date column of a table marked as a date table removes the other filters on that
    // table, as if ALL('Date') were added (Microsoft Learn "Mark as date table"; SQLBI "Time
    // intelligence in Power BI": required for DATESYTD under a Year Month filter).
    private static FilterContext ClearDateTables(FilterContext filter, IEnumerable<Filter> added)
    {
        foreach (var f in added)
            foreach (var column in f.Columns)
                if (column.Table.DateColumn == column) filter = filter.Remove(c => c.Table == column.Table);
        return filter;
    }

    /// <summary>The filter context with every row context turned into equality filters on its columns.</summary>
    public FilterContext ContextTransition(EvalContext ctx)
    {
        var frames = new List<RowFrame>();
        for (var f = ctx.Rows; f is not null; f = f.Outer) frames.Add(f);
        frames.Reverse();
        var filter = ctx.Filter;
        foreach (var frame in frames)
        {
            var t = frame.Table;
            var added = new List<Filter>();
            if (t.Base is { } table && t.Columns.Count >= table.Columns.Count)
            {
                var rows = new BitSet(table.TotalRows);
                foreach (var r in Caches.IdenticalRows(table, t.BaseRows![frame.Row])) rows[r] = true;
                added.Add(new RowFilter(table, rows, expanded: false, filter.State));
            }
            else
            {
                for (var i = 0; i < t.Columns.Count; i++)
                    if (t.Columns[i].Lineage is { } column) added.Add(EqualsFilter(column, t.Value(frame.Row, i)));
            }
            filter = filter.Overwrite(added);
        }
        return filter;
    }

    /// <summary>The filter <paramref name="column"/> = <paramref name="value"/> (shared by equal ones).</summary>
    public ColumnFilter EqualsFilter(Column column, DaxValue value)
    {
        var codes = new BitSet(column.Dictionary.Length);
        var code = column.CodeOf(value);
        if (code >= 0) codes[code] = true;
        return Caches.ColumnFilter(column, codes);
    }

    /// <summary>The filters a CALCULATE argument adds: a table's rows, or a Boolean predicate on columns.</summary>
    public IEnumerable<Filter> FiltersFrom(BoundExpr arg, EvalContext ctx)
    {
        if (IsTableValued(arg, ctx)) return FiltersFromTable(Table(arg, ctx), ctx.Filter.State);
        return [BooleanFilter(arg, ctx)];
    }

    public IEnumerable<Filter> FiltersFromTable(DaxTable t, RelationshipState state)
    {
        if (t.Base is { } table && t.Columns.Count >= table.Columns.Count)
        {
            var rows = new BitSet(table.TotalRows);
            foreach (var r in t.BaseRows!) rows[r] = true;
            return [new RowFilter(table, rows, expanded: true, state)];
        }
        var lineage = Enumerable.Range(0, t.Columns.Count).Where(i => t.Columns[i].Lineage is not null).ToArray();
        if (lineage.Length == 0) return [];
        if (lineage.Length == 1)
        {
            var column = t.Columns[lineage[0]].Lineage!;
            var codes = new BitSet(column.Dictionary.Length);
            for (var r = 0; r < t.RowCount; r++)
            {
                var code = column.CodeOf(t.Value(r, lineage[0]));
                if (code >= 0) codes[code] = true;
            }
            return [Caches.ColumnFilter(column, codes)];
        }
        var columns = lineage.Select(i => t.Columns[i].Lineage!).ToArray();
        var tuples = new HashSet<DaxValue[]>(TupleComparer.Instance);
        for (var r = 0; r < t.RowCount; r++) tuples.Add(lineage.Select(i => t.Value(r, i)).ToArray());
        return [new TupleFilter(columns, tuples.ToList())];
    }

    // Boolean shorthand: CALCULATE(…, T[c] > 5) is CALCULATE(…, FILTER(ALL(T[c]), T[c] > 5)).
    private Filter BooleanFilter(BoundExpr predicate, EvalContext ctx)
    {
        var columns = new List<Column>();
        CollectRowColumns(predicate, columns);
        if (columns.Count == 0)
            throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments,
                "A CALCULATE filter expression must reference a column (or be a table).") { Span = predicate.Span };
        if (columns.Select(c => c.Table).Distinct().Count() > 1)
            throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments,
                "A Boolean CALCULATE filter can only reference columns of one table; use FILTER.") { Span = predicate.Span };
        var outer = ctx with { Rows = null };
        if (columns.Count == 1)
        {
            var column = columns[0];
            if (PredicateCodes.TryCompute(this, predicate, column, outer) is { } fast) return Caches.ColumnFilter(column, fast);
            var values = DaxTable.Materialized([new TableColumn(column.Name, column)], column.Dictionary.Select(v => new[] { v }).ToList());
            var codes = new BitSet(column.Dictionary.Length);
            Iterate(values, outer, (r, inner) => { if (Scalar(predicate, inner).AsBoolean()) codes[r] = true; });
            return Caches.ColumnFilter(column, codes);
        }
        var all = DistinctCombos(columns, null);
        var kept = new List<DaxValue[]>();
        Iterate(all, outer, (r, inner) => { if (Scalar(predicate, inner).AsBoolean()) kept.Add(all.Row(r)); });
        return new TupleFilter(columns, kept);
    }

    private static void CollectRowColumns(BoundExpr e, List<Column> columns)
    {
        switch (e)
        {
            case BoundColumn c when !columns.Contains(c.Column): columns.Add(c.Column); break;
            case BoundUnary u: CollectRowColumns(u.Operand, columns); break;
            case BoundBinary b: CollectRowColumns(b.Left, columns); CollectRowColumns(b.Right, columns); break;
            case BoundTuple t: foreach (var v in t.Values) CollectRowColumns(v, columns); break;
            case BoundVar v: CollectRowColumns(v.Body, columns); break;
            case BoundCall call when !call.Function.ReturnsTable && !call.Function.TakesColumnReferences:
                foreach (var a in call.Arguments) CollectRowColumns(a, columns);
                break;
        }
    }
}
