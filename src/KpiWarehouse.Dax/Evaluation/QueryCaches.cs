using KpiWarehouse.Dax.Evaluation.Filters;
using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// State shared by one query's evaluation: the interned relationship states and column filters (so
/// equal filters built in different cells share their cached row masks) and the role's security filters.
/// </summary>
internal sealed class QueryCaches
{
    private readonly Dictionary<string, RelationshipState> _states = [];
    private readonly Dictionary<(Column, int), List<ColumnFilter>> _columnFilters = [];
    private readonly Dictionary<Table, (int[] Group, Dictionary<int, List<int>> Members)> _duplicateGroups = [];

    public QueryCaches(SemanticModel model)
    {
        DefaultState = new RelationshipState(model);
        _states[DefaultState.Key] = DefaultState;
    }

    public RelationshipState DefaultState { get; }

    public List<Filter> SecurityFilters { get; } = [];

    public RelationshipState Intern(RelationshipState state)
    {
        if (_states.TryGetValue(state.Key, out var known)) return known;
        _states[state.Key] = state;
        return state;
    }

    /// <summary>The column filter allowing exactly <paramref name="codes"/>, shared with equal ones.</summary>
    public ColumnFilter ColumnFilter(Column column, BitSet codes)
    {
        var key = (column, codes.Hash());
        if (!_columnFilters.TryGetValue(key, out var list)) _columnFilters[key] = list = [];
        foreach (var f in list)
            if (f.Codes.SameAs(codes)) return f;
        var created = new ColumnFilter(column, codes);
        list.Add(created);
        return created;
    }

    /// <summary>
    /// The rows with values identical to <paramref name="row"/> in every column (the row itself
    /// included): context transition filters all of them, so duplicates count as in DAX.
    /// </summary>
    public IReadOnlyList<int> IdenticalRows(Table table, int row)
    {
        if (!_duplicateGroups.TryGetValue(table, out var groups)) _duplicateGroups[table] = groups = Group(table);
        return groups.Members.TryGetValue(groups.Group[row], out var members) ? members : [row];
    }

    private static (int[] Group, Dictionary<int, List<int>> Members) Group(Table table)
    {
        var groups = new int[table.TotalRows];
        var members = new Dictionary<int, List<int>>();
        if (table.Columns.Any(c => c.Dictionary.Length - 1 == table.RowCount))
        {
            for (var r = 0; r < groups.Length; r++) groups[r] = r;
            return (groups, members);
        }
        var first = new Dictionary<int[], int>(CodeTupleComparer.Instance);
        for (var r = 0; r < groups.Length; r++)
        {
            var key = new int[table.Columns.Count];
            for (var c = 0; c < key.Length; c++) key[c] = table.Columns[c].Codes[r];
            if (!first.TryGetValue(key, out var g)) first[key] = g = r;
            groups[r] = g;
            if (g == r) continue;
            if (!members.TryGetValue(g, out var list)) members[g] = list = [g];
            list.Add(r);
        }
        return (groups, members);
    }

    private sealed class CodeTupleComparer : IEqualityComparer<int[]>
    {
        public static readonly CodeTupleComparer Instance = new();
        public bool Equals(int[]? x, int[]? y) => x!.AsSpan().SequenceEqual(y);
        public int GetHashCode(int[] obj)
        {
            var h = new HashCode();
            foreach (var v in obj) h.Add(v);
            return h.ToHashCode();
        }
    }
}
