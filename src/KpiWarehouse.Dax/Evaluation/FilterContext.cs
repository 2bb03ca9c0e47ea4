using KpiWarehouse.Dax.Evaluation.Filters;
using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// An immutable filter context: the active filters, the relationship state (USERELATIONSHIP,
/// CROSSFILTER) and the role's security filters, with the visible rows of each table cached.
/// </summary>
internal sealed class FilterContext
{
    private readonly Dictionary<Table, BitSet> _visible = [];

    public FilterContext(IReadOnlyList<Filter> filters, RelationshipState state, QueryCaches caches)
    {
        Filters = filters;
        State = state;
        Caches = caches;
    }

    public IReadOnlyList<Filter> Filters { get; }

    public RelationshipState State { get; }

    public QueryCaches Caches { get; }

    public FilterContext With(IReadOnlyList<Filter> filters) => new(filters, State, Caches);

    public FilterContext With(RelationshipState state) => new(Filters, Caches.Intern(state), Caches);

    /// <summary>Adds filters, first removing (overwrite) the existing ones on the same columns.</summary>
    public FilterContext Overwrite(IEnumerable<Filter> added)
    {
        var list = Filters.ToList();
        foreach (var f in added)
        {
            var cols = f.Columns.ToHashSet();
            list = list.Select(e => e.Without(cols.Contains)).OfType<Filter>().ToList();
            list.Add(f);
        }
        return With(list);
    }

    /// <summary>Removes the filters on the columns matched by <paramref name="remove"/>.</summary>
    public FilterContext Remove(Func<Column, bool> remove) =>
        With(Filters.Select(f => f.Without(remove)).OfType<Filter>().ToList());

    /// <summary>True when some filter constrains <paramref name="column"/> directly.</summary>
    public bool IsFiltered(Column column) => Filters.Any(f => f.Covers(column));

    /// <summary>The rows of <paramref name="table"/> visible here (blank row included when it passes).</summary>
    public BitSet VisibleRows(Table table)
    {
        lock (_visible)
        {
            if (_visible.TryGetValue(table, out var known)) return known;
        }
        var rows = new BitSet(table.TotalRows, allSet: true);
        foreach (var security in Caches.SecurityFilters)
            if (security.MaskFor(table, Caches.DefaultState) is { } s) rows.And(s);
        foreach (var f in Filters)
            if (f.MaskFor(table, State) is { } m) rows.And(m);
        ApplyBothDirections(table, rows);
        lock (_visible) _visible[table] = rows;
        return rows;
    }

    // A relationship filtering both ways also restricts its one side to the rows that the visible
    // many-side rows point to (bidirectional cross-filter).
    private void ApplyBothDirections(Table table, BitSet rows)
    {
        foreach (var r in State.Model.Relationships)
        {
            if (r.ToTable != table || !State.IsActive(r) || State.Direction(r) != CrossFilterDirection.Both) continue;
            if (r.FromTable == table) continue;
            var many = VisibleRows(r.FromTable);
            var reached = new BitSet(table.TotalRows);
            var map = r.ManyToOne;
            for (var m = many.Next(0); m >= 0; m = many.Next(m + 1)) reached[map[m]] = true;
            rows.And(reached);
        }
    }
}
