using System.Runtime.CompilerServices;
using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation.Filters;

/// <summary>
/// The inverted index of a relationship: for each one-side row, the many-side rows pointing to it
/// (CSR layout). Lets a filter that keeps few dimension rows touch only their facts.
/// </summary>
internal static class Postings
{
    private static readonly ConditionalWeakTable<Relationship, Tuple<int[], int[]>> Cache = new();

    public static (int[] Starts, int[] Rows) Of(Relationship r)
    {
        var t = Cache.GetValue(r, Build);
        return (t.Item1, t.Item2);
    }

    private static Tuple<int[], int[]> Build(Relationship r)
    {
        var map = r.ManyToOne;
        var starts = new int[r.ToTable.TotalRows + 1];
        foreach (var one in map) starts[one + 1]++;
        for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
        var fill = (int[])starts.Clone();
        var rows = new int[map.Length];
        for (var m = 0; m < map.Length; m++) rows[fill[map[m]]++] = m;
        return Tuple.Create(starts, rows);
    }
}
