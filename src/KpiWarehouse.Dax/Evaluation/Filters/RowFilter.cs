using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation.Filters;

/// <summary>
/// A filter given as allowed rows of one table. When <see cref="Expanded"/>, it is a table filter
/// (CALCULATE(…, FILTER(Sales, …))) and constrains every column of the table's expanded table, so it
/// also filters the tables the rows point to and, through them, other tables related to those
/// (expanded tables, SQLBI "Expanded tables in DAX"). Otherwise it constrains only the table's own
/// columns, as context transition does.
/// </summary>
internal sealed class RowFilter : Filter
{
    private readonly IReadOnlyDictionary<Table, int[]> _expandedTables;

    private readonly HashSet<Column> _removed;

    public RowFilter(Table table, BitSet rows, bool expanded, RelationshipState state, HashSet<Column>? removed = null)
    {
        Table = table;
        Rows = rows;
        Expanded = expanded;
        _expandedTables = expanded ? state.Expanded(table) : new Dictionary<Table, int[]> { [table] = null! };
        State = state;
        _removed = removed ?? [];
    }

    public Table Table { get; }

    public BitSet Rows { get; }

    public bool Expanded { get; }

    public RelationshipState State { get; }

    public override IEnumerable<Column> Columns => _expandedTables.Keys.SelectMany(t => t.Columns).Where(c => !_removed.Contains(c));

    public override bool Covers(Column c) => _expandedTables.ContainsKey(c.Table) && !_removed.Contains(c);

    public override Filter? Without(Func<Column, bool> remove)
    {
        var removedTables = _expandedTables.Keys.Where(t => t.Columns.Any(c => !_removed.Contains(c) && remove(c))).ToList();
        if (removedTables.Count == 0) return this;
        // Columns of related tables: the filter keeps only the table's own columns (a documented
        // simplification of the column-wise projection).
        if (!removedTables.Contains(Table)) return new RowFilter(Table, Rows, false, State, _removed);
        var removed = new HashSet<Column>(_removed);
        removed.UnionWith(Table.Columns.Where(remove));
        var remaining = Table.Columns.Where(c => !removed.Contains(c)).ToArray();
        if (remaining.Length == 0) return null;
        // Projection onto the remaining own columns: every row whose remaining values occur in an allowed row.
        return new RowFilter(Table, Project(remaining), false, State, removed);
    }

    private BitSet Project(Column[] remaining)
    {
        if (remaining.Any(c => c.Dictionary.Length - 1 == Table.RowCount)) return Rows;
        var allowed = new HashSet<string>();
        for (var r = Rows.Next(0); r >= 0; r = Rows.Next(r + 1)) allowed.Add(Key(remaining, r));
        var result = new BitSet(Table.TotalRows);
        for (var r = 0; r < result.Length; r++)
            if (allowed.Contains(Key(remaining, r))) result[r] = true;
        return result;
    }

    private static string Key(Column[] columns, int row) => string.Join(',', columns.Select(c => c.Codes[row]));

    protected override BitSet? ComputeMask(Table target, RelationshipState state)
    {
        if (target == Table) return Rows;
        if (state.Path(target, Table) is not null) return Propagate(target, Table, Rows, state);
        if (!Expanded) return null;
        var targetTables = state.Expanded(target);
        var shared = _expandedTables.Keys.Where(targetTables.ContainsKey).ToList();
        // Keep only the nearest shared tables: the others are determined by them.
        shared.RemoveAll(s => shared.Any(o => o != s && state.Path(o, s) is not null));
        if (shared.Count == 0) return null;
        var fromMaps = shared.Select(s => _expandedTables[s]).ToArray();
        var toMaps = shared.Select(s => targetTables[s]).ToArray();
        var allowed = new HashSet<string>();
        var single = shared.Count == 1 ? new BitSet(shared[0].TotalRows) : null;
        for (var r = Rows.Next(0); r >= 0; r = Rows.Next(r + 1))
        {
            if (single is not null) single[fromMaps[0] is null ? r : fromMaps[0][r]] = true;
            else allowed.Add(string.Join(',', fromMaps.Select(m => m is null ? r : m[r])));
        }
        var result = new BitSet(target.TotalRows);
        for (var x = 0; x < result.Length; x++)
        {
            var ok = single is not null
                ? single[toMaps[0] is null ? x : toMaps[0][x]]
                : allowed.Contains(string.Join(',', toMaps.Select(m => m is null ? x : m[x])));
            if (ok) result[x] = true;
        }
        return result;
    }
}
