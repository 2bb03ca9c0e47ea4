namespace KpiWarehouse.Reference.Cells;

/// <summary>
/// A set of dates held as sorted, disjoint, non-adjacent inclusive ranges (a month or a year is one range), so that
/// "is this date in D", start = min(D), end = max(D) and the number of days are cheap.
/// </summary>
public sealed class DateSet : IEquatable<DateSet>
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private DateSet(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
        DayCount = 0;
        for (var i = 0; i < starts.Length; i++)
            DayCount += ends[i] - starts[i] + 1;
    }

    /// <summary>The set with no date.</summary>
    public static DateSet Empty { get; } = new([], []);

    /// <summary>Every date from <paramref name="from"/> to <paramref name="to"/> inclusive (empty when to &lt; from).</summary>
    public static DateSet Range(DateOnly from, DateOnly to) =>
        to < from ? Empty : new([from.DayNumber], [to.DayNumber]);

    /// <summary>The days of one calendar month.</summary>
    public static DateSet Month(int year, int month) =>
        Range(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>The days of one calendar quarter (1..4).</summary>
    public static DateSet Quarter(int year, int quarter) =>
        Range(new DateOnly(year, quarter * 3 - 2, 1), new DateOnly(year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3)));

    /// <summary>The days of one calendar year.</summary>
    public static DateSet Year(int year) => Range(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Any set of dates (duplicates ignored).</summary>
    public static DateSet Of(IEnumerable<DateOnly> dates) => FromDays(dates.Select(d => d.DayNumber));

    internal static DateSet FromDays(IEnumerable<int> days)
    {
        var sorted = days.Distinct().Order().ToArray();
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var day in sorted)
        {
            if (ends.Count > 0 && ends[^1] == day - 1)
            {
                ends[^1] = day;
                continue;
            }
            starts.Add(day);
            ends.Add(day);
        }
        return new DateSet(starts.ToArray(), ends.ToArray());
    }

    internal static DateSet FromRanges(IEnumerable<(int Start, int End)> ranges)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var (start, end) in ranges.Where(r => r.End >= r.Start).OrderBy(r => r.Start))
        {
            if (ends.Count > 0 && start <= ends[^1] + 1)
            {
                ends[^1] = Math.Max(ends[^1], end);
                continue;
            }
            starts.Add(start);
            ends.Add(end);
        }
        return new DateSet(starts.ToArray(), ends.ToArray());
    }

    /// <summary>True when the set has no date.</summary>
    public bool IsEmpty => _starts.Length == 0;

    /// <summary>The number of dates in the set.</summary>
    public int DayCount { get; }

    /// <summary>min(D); reading it from an empty set is a bug.</summary>
    public DateOnly Start => DateOnly.FromDayNumber(_starts[0]);

    /// <summary>max(D); reading it from an empty set is a bug.</summary>
    public DateOnly End => DateOnly.FromDayNumber(_ends[^1]);

    /// <summary>The contiguous runs of the set, in order.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> Ranges =>
        _starts.Select((s, i) => (DateOnly.FromDayNumber(s), DateOnly.FromDayNumber(_ends[i]))).ToList();

    internal int RangeCount => _starts.Length;
    internal int StartDay => _starts[0];
    internal int EndDay => _ends[^1];
    internal int RangeStart(int i) => _starts[i];
    internal int RangeEnd(int i) => _ends[i];

    /// <summary>True when <paramref name="date"/> is in the set.</summary>
    public bool Contains(DateOnly date) => Contains(date.DayNumber);

    internal bool Contains(int day)
    {
        if (_starts.Length == 1)
            return day >= _starts[0] && day <= _ends[0];
        var i = Array.BinarySearch(_starts, day);
        if (i >= 0)
            return true;
        i = ~i - 1;
        return i >= 0 && day <= _ends[i];
    }

    /// <summary>True when one of <paramref name="sortedDays"/> (ascending day numbers) is in the set.</summary>
    internal bool ContainsAny(int[] sortedDays)
    {
        if (sortedDays.Length == 0)
            return false;
        for (var r = 0; r < _starts.Length; r++)
        {
            var i = Array.BinarySearch(sortedDays, _starts[r]);
            if (i < 0)
                i = ~i;
            if (i < sortedDays.Length && sortedDays[i] <= _ends[r])
                return true;
        }
        return false;
    }

    /// <summary>The dates in both sets.</summary>
    public DateSet Intersect(DateSet other)
    {
        var ranges = new List<(int, int)>();
        int i = 0, j = 0;
        while (i < _starts.Length && j < other._starts.Length)
        {
            var start = Math.Max(_starts[i], other._starts[j]);
            var end = Math.Min(_ends[i], other._ends[j]);
            if (start <= end)
                ranges.Add((start, end));
            if (_ends[i] < other._ends[j])
                i++;
            else
                j++;
        }
        return FromRanges(ranges);
    }

    /// <summary>Every date of the set, in order.</summary>
    public IEnumerable<DateOnly> Dates()
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            for (var day = _starts[i]; day <= _ends[i]; day++)
                yield return DateOnly.FromDayNumber(day);
        }
    }

    /// <inheritdoc />
    public bool Equals(DateSet? other) =>
        other is not null && _starts.AsSpan().SequenceEqual(other._starts) && _ends.AsSpan().SequenceEqual(other._ends);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateSet);

    /// <inheritdoc />
    public override int GetHashCode() => IsEmpty ? 0 : HashCode.Combine(_starts[0], _ends[^1], _starts.Length);

    /// <summary>The runs as <c>2024-03-01..2024-03-31</c>, comma-separated.</summary>
    public override string ToString() => IsEmpty ? "(no dates)" :
        string.Join(", ", Ranges.Select(r => r.From == r.To ? $"{r.From:yyyy-MM-dd}" : $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}"));
}
