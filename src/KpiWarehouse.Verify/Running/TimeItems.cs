using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Verify.Running;

/// <summary>
/// The calculation items' semantics, from Microsoft's documentation of the functions the model's items use
/// (learn.microsoft.com/dax/datesytd-function-dax, sameperiodlastyear-function-dax) and of BLANK in arithmetic.
/// </summary>
public static class TimeItems
{
    /// <summary>
    /// DATESYTD: the dates of the date table from January 1 of the year of the last selected date up to that date
    /// (a month → January 1 .. its last day; a year → the whole year).
    /// </summary>
    public static DateSet YearToDate(DateSet dates, DateSet calendar) => dates.IsEmpty ? DateSet.Empty
        : DateSet.Range(new DateOnly(dates.End.Year, 1, 1), dates.End).Intersect(calendar);

    /// <summary>YoY = current − prior; BLANK − BLANK is BLANK, a BLANK operand of a number counts as 0.</summary>
    public static decimal? YoY(decimal? current, decimal? prior) =>
        current is null && prior is null ? null : (current ?? 0m) - (prior ?? 0m);

    /// <summary>YoY % = DIVIDE ( COALESCE ( current, 0 ) − prior, prior ): BLANK when prior is BLANK or 0.</summary>
    public static decimal? YoYPercent(decimal? current, decimal? prior) =>
        prior is null or 0m ? null : ((current ?? 0m) - prior.Value) / prior.Value;
}
