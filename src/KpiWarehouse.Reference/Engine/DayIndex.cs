using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Engine;

/// <summary>A fact row: the dimension members it points to.</summary>
internal interface IFact
{
    DimKeys Keys { get; }
}

/// <summary>
/// Rows sorted by one of their dates, so that the rows "in P" are found by binary search over the runs of D and the
/// rows "as of end" are a prefix; a row without that date is left out. The rows are also partitioned by member of
/// each dimension, so that a filtered cell visits only the rows of the kept members of its most selective dimension.
/// </summary>
internal sealed class DayIndex<T> where T : IFact
{
    private readonly int[] _days;
    private readonly T[] _rows;
    private readonly int _depth;
    private readonly Lazy<DayIndex<T>?[]>[] _partitions;
    private readonly Lazy<bool> _relatedToRep;

    public DayIndex(IEnumerable<T> rows, Func<T, int?> day) : this(Sort(rows, day), 0)
    {
    }

    private DayIndex((int[] Days, T[] Rows) sorted, int depth)
    {
        (_days, _rows) = sorted;
        _depth = depth;
        _partitions = Enum.GetValues<Dimension>().Select(d => new Lazy<DayIndex<T>?[]>(() => Partition(d))).ToArray();
        _relatedToRep = new Lazy<bool>(() => _rows.All(r => r.Keys.Rep != DimKeys.NotRelated));
    }

    public int Count => _rows.Length;

    /// <summary>True when any row is visible under the scope's row-level security, whatever its date and member filters.</summary>
    public bool AnyVisible(Scope scope) =>
        scope.Security is not { } security
            ? _rows.Length > 0
            : _rows.Any(r => r.Keys.Rep == DimKeys.NotRelated || security.Passes(r.Keys.Rep));

    /// <summary>The rows whose date is in D and that pass the scope's member filters.</summary>
    public IEnumerable<T> In(Scope scope) => Visit(scope, scope.Dates, int.MaxValue);

    /// <summary>The rows whose date is &lt;= <paramref name="day"/> and that pass the scope's member filters.</summary>
    public IEnumerable<T> UpTo(Scope scope, int day) => Visit(scope, null, day);

    private IEnumerable<T> Visit(Scope scope, DateSet? dates, int upTo)
    {
        var (dimension, mask) = scope.MostSelective();
        // Security keeps only rows of visible reps (never an empty rep), exactly the Rep partitions of its members.
        if (scope.Security is { } security && _relatedToRep.Value && (mask is null || security.Share < mask.Share))
            (dimension, mask) = (Dimension.Rep, security);
        if (mask is null || _depth > 0)
            return Scan(scope, dates, upTo);
        var partitions = _partitions[(int)dimension].Value;
        return mask.Selected.SelectMany(member =>
            member < partitions.Length && partitions[member] is { } part ? part.Scan(scope, dates, upTo) : []);
    }

    private IEnumerable<T> Scan(Scope scope, DateSet? dates, int upTo)
    {
        if (dates is null)
        {
            for (var i = 0; i < _days.Length && _days[i] <= upTo; i++)
            {
                if (scope.Passes(_rows[i].Keys))
                    yield return _rows[i];
            }
            yield break;
        }
        for (var r = 0; r < dates.RangeCount; r++)
        {
            var hi = dates.RangeEnd(r);
            for (var i = LowerBound(dates.RangeStart(r)); i < _days.Length && _days[i] <= hi; i++)
            {
                if (scope.Passes(_rows[i].Keys))
                    yield return _rows[i];
            }
        }
    }

    private DayIndex<T>?[] Partition(Dimension dimension)
    {
        var groups = new Dictionary<int, (List<int> Days, List<T> Rows)>();
        for (var i = 0; i < _rows.Length; i++)
        {
            var member = Member(_rows[i].Keys, dimension);
            if (member < 0)
                continue;
            if (!groups.TryGetValue(member, out var group))
                groups[member] = group = ([], []);
            group.Days.Add(_days[i]);
            group.Rows.Add(_rows[i]);
        }
        var size = groups.Count == 0 ? 0 : groups.Keys.Max() + 1;
        var partitions = new DayIndex<T>?[size];
        foreach (var (member, group) in groups)
            partitions[member] = new DayIndex<T>((group.Days.ToArray(), group.Rows.ToArray()), _depth + 1);
        return partitions;
    }

    private static int Member(DimKeys keys, Dimension dimension) => dimension switch
    {
        Dimension.Customer => keys.Customer,
        Dimension.Rep => keys.Rep,
        Dimension.Product => keys.Product,
        _ => keys.Channel,
    };

    private static (int[], T[]) Sort(IEnumerable<T> rows, Func<T, int?> day)
    {
        var pairs = rows.Select(r => (Day: day(r), Row: r)).Where(p => p.Day is not null)
            .Select(p => (Day: p.Day!.Value, p.Row)).ToArray();
        var days = pairs.Select(p => p.Day).ToArray();
        var items = pairs.Select(p => p.Row).ToArray();
        // A stable sort keeps rows of one day in file order, so results never depend on the sort.
        var order = Enumerable.Range(0, days.Length).ToArray();
        Array.Sort(order, (a, b) => days[a] != days[b] ? days[a].CompareTo(days[b]) : a.CompareTo(b));
        return (order.Select(i => days[i]).ToArray(), order.Select(i => items[i]).ToArray());
    }

    private int LowerBound(int day)
    {
        int lo = 0, hi = _days.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_days[mid] < day)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
