using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation.Filters;

/// <summary>
/// A filter over several columns (of one or more tables) given as a set of allowed value tuples,
/// e.g. from TREATAS or a multi-column table in CALCULATE. A target table is restricted by the
/// projection of the tuples onto the columns its expanded table holds.
/// </summary>
internal sealed class TupleFilter(IReadOnlyList<Column> columns, IReadOnlyList<DaxValue[]> tuples) : Filter
{
    public IReadOnlyList<Column> TupleColumns { get; } = columns;

    public IReadOnlyList<DaxValue[]> Tuples { get; } = tuples;

    public override IEnumerable<Column> Columns => TupleColumns;

    public override bool Covers(Column c) => TupleColumns.Contains(c);

    public override Filter? Without(Func<Column, bool> remove)
    {
        var keep = Enumerable.Range(0, TupleColumns.Count).Where(i => !remove(TupleColumns[i])).ToArray();
        if (keep.Length == TupleColumns.Count) return this;
        if (keep.Length == 0) return null;
        var cols = keep.Select(i => TupleColumns[i]).ToArray();
        var tuples = Tuples.Select(t => keep.Select(i => t[i]).ToArray()).Distinct(TupleComparer.Instance).ToList();
        return new TupleFilter(cols, tuples);
    }

    protected override BitSet? ComputeMask(Table target, RelationshipState state)
    {
        var expanded = state.Expanded(target);
        var idx = Enumerable.Range(0, TupleColumns.Count).Where(i => expanded.ContainsKey(TupleColumns[i].Table)).ToArray();
        if (idx.Length == 0) return null;
        var allowed = new HashSet<DaxValue[]>(Tuples.Select(t => idx.Select(i => t[i]).ToArray()), TupleComparer.Instance);
        var maps = idx.Select(i => expanded[TupleColumns[i].Table]).ToArray();
        var result = new BitSet(target.TotalRows);
        var probe = new DaxValue[idx.Length];
        for (var r = 0; r < result.Length; r++)
        {
            for (var k = 0; k < idx.Length; k++)
                probe[k] = TupleColumns[idx[k]].ValueAt(maps[k] is null ? r : maps[k][r]);
            if (allowed.Contains(probe)) result[r] = true;
        }
        return result;
    }
}

/// <summary>Structural equality of value tuples, with DAX value identity.</summary>
internal sealed class TupleComparer : IEqualityComparer<DaxValue[]>
{
    public static readonly TupleComparer Instance = new();

    public bool Equals(DaxValue[]? x, DaxValue[]? y) => x!.AsSpan().SequenceEqual(y);

    public int GetHashCode(DaxValue[] obj)
    {
        var h = new HashCode();
        foreach (var v in obj) h.Add(v);
        return h.ToHashCode();
    }
}
