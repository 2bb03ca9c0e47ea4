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
    private readonly Dictionary<Table, int[]> _duplicateGroups = [];

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
    /// For each row, the smallest index of a row with identical values in every column: context
    /// transition filters all rows equal to the current one (duplicates included, as DAX does).
    /// </summary>
    public int[] DuplicateGroups(Table table)
    {
        if (_duplicateGroups.TryGetValue(table, out var known)) return known;
        var groups = new int[table.TotalRows];
        var unique = table.Columns.Any(c => c.Dictionary.Length - 1 == table.RowCount);
        if (unique) for (var r = 0; r < groups.Length; r++) groups[r] = r;
        else
        {
            var first = new Dictionary<int[], int>(CodeTupleComparer.Instance);
            for (var r = 0; r < groups.Length; r++)
            {
                var key = table.Columns.Select(c => c.Codes[r]).ToArray();
                if (!first.TryGetValue(key, out var g)) first[key] = g = r;
                groups[r] = g;
            }
        }
        _duplicateGroups[table] = groups;
        return groups;
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
