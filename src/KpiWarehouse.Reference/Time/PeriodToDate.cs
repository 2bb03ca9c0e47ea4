using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Time;

/// <summary>
/// DATESYTD / DATESQTD / DATESMTD over a date column (learn.microsoft.com/dax/datesytd-function-dax: "the dates for
/// the year to date, in the current context"): from the first day of the year, quarter or month of the last date of
/// the selection up to that last date, cut to the date table. Calendar years (year end December 31).
/// </summary>
public static class PeriodToDate
{
    /// <summary>DATESYTD(dates).</summary>
    public static DateSet DatesYtd(DateSet dates, DateSet calendar) =>
        dates.IsEmpty ? DateSet.Empty : Span(new DateOnly(dates.End.Year, 1, 1), dates.End, calendar);

    /// <summary>DATESQTD(dates).</summary>
    public static DateSet DatesQtd(DateSet dates, DateSet calendar) =>
        dates.IsEmpty ? DateSet.Empty : Span(new DateOnly(dates.End.Year, (dates.End.Month - 1) / 3 * 3 + 1, 1), dates.End, calendar);

    /// <summary>DATESMTD(dates).</summary>
    public static DateSet DatesMtd(DateSet dates, DateSet calendar) =>
        dates.IsEmpty ? DateSet.Empty : Span(new DateOnly(dates.End.Year, dates.End.Month, 1), dates.End, calendar);

    private static DateSet Span(DateOnly from, DateOnly to, DateSet calendar) => DateSet.Range(from, to).Intersect(calendar);
}
