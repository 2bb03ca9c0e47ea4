using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// Which relationships are active and how they filter in one filter context: the model's defaults
/// changed by USERELATIONSHIP and CROSSFILTER. Immutable; equal states share one instance per query
/// through <see cref="QueryCaches"/>, so expanded-table paths are computed once.
/// </summary>
internal sealed class RelationshipState
{
    private readonly bool[] _active;
    private readonly CrossFilterDirection[] _direction;
    private readonly Dictionary<Table, Dictionary<Table, int[]>> _paths = [];

    public RelationshipState(SemanticModel model)
        : this(model, model.Relationships.Select(r => r.IsActive).ToArray(), model.Relationships.Select(r => r.Direction).ToArray())
    {
    }

    private RelationshipState(SemanticModel model, bool[] active, CrossFilterDirection[] direction)
    {
        Model = model;
        _active = active;
        _direction = direction;
        Key = string.Concat(active.Select((a, i) => a ? (char)('a' + (int)direction[i]) : '-'));
    }

    public SemanticModel Model { get; }

    public string Key { get; }

    public bool IsActive(Relationship r) => _active[r.Ordinal] && _direction[r.Ordinal] != CrossFilterDirection.None;

    public CrossFilterDirection Direction(Relationship r) => _direction[r.Ordinal];

    /// <summary>USERELATIONSHIP: activates <paramref name="r"/> and deactivates the others between the same tables.</summary>
    public RelationshipState Use(Relationship r)
    {
        var active = (bool[])_active.Clone();
        foreach (var other in Model.Relationships)
            if (SameTables(other, r)) active[other.Ordinal] = false;
        active[r.Ordinal] = true;
        return new RelationshipState(Model, active, _direction);
    }

    /// <summary>CROSSFILTER: sets the direction of <paramref name="r"/> (None disables it).</summary>
    public RelationshipState CrossFilter(Relationship r, CrossFilterDirection direction)
    {
        var dirs = (CrossFilterDirection[])_direction.Clone();
        dirs[r.Ordinal] = direction;
        var active = (bool[])_active.Clone();
        if (direction != CrossFilterDirection.None && !active[r.Ordinal]) return Use(r).CrossFilter(r, direction);
        return new RelationshipState(Model, active, dirs);
    }

    private static bool SameTables(Relationship a, Relationship b) =>
        (a.FromTable == b.FromTable && a.ToTable == b.ToTable) || (a.FromTable == b.ToTable && a.ToTable == b.FromTable);

    /// <summary>
    /// The expanded table of <paramref name="table"/>: every table reachable through active many-to-one
    /// relationships, each with the map from <paramref name="table"/>'s rows to its rows (itself included,
    /// with a null map meaning identity).
    /// </summary>
    public IReadOnlyDictionary<Table, int[]> Expanded(Table table)
    {
        lock (_paths)
        {
            if (_paths.TryGetValue(table, out var known)) return known;
            var result = new Dictionary<Table, int[]> { [table] = null! };
            var queue = new Queue<Table>();
            queue.Enqueue(table);
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                var toCurrent = result[current];
                foreach (var r in Model.Relationships)
                {
                    if (r.FromTable != current || !IsActive(r) || result.ContainsKey(r.ToTable)) continue;
                    result[r.ToTable] = toCurrent is null ? r.ManyToOne : Compose(toCurrent, r.ManyToOne);
                    queue.Enqueue(r.ToTable);
                }
            }
            _paths[table] = result;
            return result;
        }
    }

    /// <summary>The row map from <paramref name="from"/> to <paramref name="to"/>, or null if <paramref name="to"/> is not in the expanded table; identity maps are returned as an empty array.</summary>
    public int[]? Path(Table from, Table to)
    {
        if (from == to) return [];
        return Expanded(from).TryGetValue(to, out var map) ? map : null;
    }

    /// <summary>The single active relationship whose one side is <paramref name="oneSide"/> and many side is <paramref name="manySide"/>.</summary>
    public Relationship? Direct(Table manySide, Table oneSide) =>
        Model.Relationships.FirstOrDefault(r => r.FromTable == manySide && r.ToTable == oneSide && IsActive(r));

    private static int[] Compose(int[] first, int[] second)
    {
        var result = new int[first.Length];
        for (var i = 0; i < first.Length; i++) result[i] = second[first[i]];
        return result;
    }
}
