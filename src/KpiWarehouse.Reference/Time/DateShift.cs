using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Time;

/// <summary>
/// DATEADD and SAMEPERIODLASTYEAR over a date column, written from Microsoft's documentation
/// (learn.microsoft.com/dax/dateadd-function-dax, sameperiodlastyear-function-dax):
/// <list type="bullet">
/// <item>each date moves by the interval; a day that does not exist in the target month becomes its last day
/// (March 31 − 1 month = February 28/29);</item>
/// <item>"when the selection includes the last two days of a month, DATEADD uses extension semantics and includes
/// the days till the end of month": Feb 27–28 2013 + 1 month = March 27–31, but Feb 27 alone = March 27. So a whole
/// month shifts to the whole target month, and whole years keep February 29;</item>
/// <item>"the result table includes only dates that exist in the dates column": the result is cut to the date table;</item>
/// <item>SAMEPERIODLASTYEAR(dates) returns the same dates as DATEADD(dates, -1, year).</item>
/// </list>
/// DAX raises an error for a selection that is not contiguous; the reference shifts each contiguous run instead.
/// </summary>
public static class DateShift
{
    /// <summary>DATEADD(<paramref name="dates"/>, <paramref name="count"/>, <paramref name="interval"/>), cut to <paramref name="calendar"/>.</summary>
    public static DateSet DateAdd(DateSet dates, int count, ShiftInterval interval, DateSet calendar) =>
        DateAdd(dates, count, interval).Intersect(calendar);

    /// <summary>DATEADD without the cut to a date table (every shifted date kept).</summary>
    public static DateSet DateAdd(DateSet dates, int count, ShiftInterval interval)
    {
        if (interval == ShiftInterval.Day)
            return DateSet.FromRanges(Runs(dates).Select(r => (r.Start + count, r.End + count)));
        var months = interval switch
        {
            ShiftInterval.Month => count,
            ShiftInterval.Quarter => count * 3,
            _ => count * 12,
        };
        var shifted = new List<(int, int)>();
        foreach (var (start, end) in Runs(dates))
        {
            // Split the run by calendar month: within one month the shift is monotone, so each piece maps to a range.
            var pieceStart = start;
            while (pieceStart <= end)
            {
                var first = DateOnly.FromDayNumber(pieceStart);
                var monthEnd = new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month)).DayNumber;
                var pieceEnd = Math.Min(end, monthEnd);
                var to = DateOnly.FromDayNumber(pieceEnd).AddMonths(months);
                var toDay = to.DayNumber;
                if (pieceEnd == monthEnd && pieceEnd - 1 >= pieceStart)
                    toDay = new DateOnly(to.Year, to.Month, DateTime.DaysInMonth(to.Year, to.Month)).DayNumber;
                shifted.Add((first.AddMonths(months).DayNumber, toDay));
                pieceStart = pieceEnd + 1;
            }
        }
        return DateSet.FromRanges(shifted);
    }

    /// <summary>SAMEPERIODLASTYEAR(<paramref name="dates"/>) = DATEADD(dates, -1, year), cut to <paramref name="calendar"/>.</summary>
    public static DateSet SamePeriodLastYear(DateSet dates, DateSet calendar) => DateAdd(dates, -1, ShiftInterval.Year, calendar);

    private static IEnumerable<(int Start, int End)> Runs(DateSet dates)
    {
        for (var i = 0; i < dates.RangeCount; i++)
            yield return (dates.RangeStart(i), dates.RangeEnd(i));
    }
}
