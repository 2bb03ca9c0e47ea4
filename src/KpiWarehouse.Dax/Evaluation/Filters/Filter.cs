using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation.Filters;

/// <summary>
/// One filter of a filter context: a set of allowed tuples over some columns (its lineage).
/// A filter restricts a table when one of its columns belongs to that table's expanded table.
/// Filters are immutable; each caches the row set it allows per target table and relationship state.
/// </summary>
internal abstract class Filter
{
    private readonly Dictionary<(Table, RelationshipState), BitSet?> _masks = [];

    /// <summary>True when the filter constrains column <paramref name="c"/>.</summary>
    public abstract bool Covers(Column c);

    /// <summary>The columns constrained, for ISFILTERED and the removal rules.</summary>
    public abstract IEnumerable<Column> Columns { get; }

    /// <summary>The allowed rows of <paramref name="target"/> (including its blank row), or null when the filter does not restrict it.</summary>
    public BitSet? MaskFor(Table target, RelationshipState state)
    {
        lock (_masks)
        {
            if (_masks.TryGetValue((target, state), out var cached)) return cached;
        }
        var mask = ComputeMask(target, state);
        lock (_masks) _masks[(target, state)] = mask;
        return mask;
    }

    protected abstract BitSet? ComputeMask(Table target, RelationshipState state);

    /// <summary>
    /// The filter without the columns matched by <paramref name="remove"/>: itself when none match,
    /// null when nothing is left, otherwise the filter restricted to the remaining columns.
    /// </summary>
    public abstract Filter? Without(Func<Column, bool> remove);

    /// <summary>Rows of <paramref name="target"/> whose row in <paramref name="dimension"/> is in <paramref name="dimensionRows"/>.</summary>
    protected static BitSet Propagate(Table target, Table dimension, BitSet dimensionRows, RelationshipState state)
    {
        var map = state.Path(target, dimension)!;
        var result = new BitSet(target.TotalRows);
        if (map.Length == 0) return dimensionRows.Clone();
        var direct = state.Direct(target, dimension);
        var selected = dimensionRows.Count();
        if (direct is not null && selected * 8 < dimension.TotalRows)
        {
            var (starts, rows) = Postings.Of(direct);
            for (var d = dimensionRows.Next(0); d >= 0; d = dimensionRows.Next(d + 1))
                for (var k = starts[d]; k < starts[d + 1]; k++) result[rows[k]] = true;
            return result;
        }
        for (var r = 0; r < map.Length; r++)
            if (dimensionRows[map[r]]) result[r] = true;
        return result;
    }
}
