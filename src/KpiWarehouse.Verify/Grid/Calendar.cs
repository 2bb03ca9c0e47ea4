using System.Globalization;
using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Verify.Grid;

/// <summary>
/// The model's date table as the grid sees it: the periods of every grain, built from the dates the model has (so a
/// period holds exactly the dates a filter on its 'Date' column selects).
/// </summary>
public sealed class Calendar
{
    private readonly Dictionary<Grain, IReadOnlyList<Period>> _periods;

    private Calendar(DateSet all, Dictionary<Grain, IReadOnlyList<Period>> periods)
    {
        All = all;
        _periods = periods;
    }

    /// <summary>Every date of the date table.</summary>
    public DateSet All { get; }

    /// <summary>The periods of <paramref name="grain"/>, in date order.</summary>
    public IReadOnlyList<Period> Periods(Grain grain) => _periods[grain];

    /// <summary>The calendar of <paramref name="dates"/> (order and duplicates do not matter); null when there is no date.</summary>
    public static Calendar? From(IEnumerable<DateOnly> dates)
    {
        var sorted = dates.Distinct().Order().ToList();
        if (sorted.Count == 0)
            return null;
        var all = DateSet.Of(sorted);
        var periods = new Dictionary<Grain, IReadOnlyList<Period>>
        {
            [Grain.AllTime] = [new Period(Grain.AllTime, "all", all)],
            [Grain.Year] = Group(sorted, Grain.Year, d => d.Year.ToString(CultureInfo.InvariantCulture)),
            [Grain.Quarter] = Group(sorted, Grain.Quarter, d => $"{d.Year:D4}-Q{(d.Month + 2) / 3}"),
            [Grain.Month] = Group(sorted, Grain.Month, d => $"{d.Year:D4}-{d.Month:D2}"),
        };
        return new Calendar(all, periods);
    }

    private static List<Period> Group(List<DateOnly> sorted, Grain grain, Func<DateOnly, string> key) =>
        sorted.GroupBy(key).Select(g => new Period(grain, g.Key, DateSet.Of(g))).ToList();
}
