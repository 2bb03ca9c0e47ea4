using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Engine;

/// <summary>
/// Rows sorted by one of their dates, so that the rows "in P" are found by binary search over the runs of D and the
/// rows "as of end" are a prefix; a row without that date is left out.
/// </summary>
internal sealed class DayIndex<T>
{
    private readonly int[] _days;
    private readonly T[] _rows;

    public DayIndex(IEnumerable<T> rows, Func<T, int?> day)
    {
        var pairs = rows.Select(r => (Day: day(r), Row: r)).Where(p => p.Day is not null)
            .Select(p => (Day: p.Day!.Value, p.Row)).ToList();
        // A stable sort keeps rows of one day in file order, so results do not depend on the sort.
        var ordered = pairs.Select((p, i) => (p.Day, p.Row, i)).OrderBy(p => p.Day).ThenBy(p => p.i).ToList();
        _days = ordered.Select(p => p.Day).ToArray();
        _rows = ordered.Select(p => p.Row).ToArray();
    }

    public int Count => _rows.Length;

    /// <summary>The rows whose date is in <paramref name="dates"/>.</summary>
    public IEnumerable<T> In(DateSet dates)
    {
        for (var r = 0; r < dates.RangeCount; r++)
        {
            var hi = dates.RangeEnd(r);
            for (var i = LowerBound(dates.RangeStart(r)); i < _days.Length && _days[i] <= hi; i++)
                yield return _rows[i];
        }
    }

    /// <summary>The rows whose date is &lt;= <paramref name="day"/>.</summary>
    public IEnumerable<T> UpTo(int day)
    {
        for (var i = 0; i < _days.Length && _days[i] <= day; i++)
            yield return _rows[i];
    }

    /// <summary>The rows whose date is &lt; <paramref name="day"/>.</summary>
    public IEnumerable<T> Before(int day) => UpTo(day - 1);

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
