namespace KpiWarehouse.Verify.Running;

/// <summary>
/// The arithmetic of the YoY items: BLANK in subtraction (learn.microsoft.com/dax/dax-operator-reference: BLANK
/// acts as 0 in arithmetic, BLANK − BLANK is BLANK) and DIVIDE (BLANK on a zero or BLANK denominator). The items'
/// dates come from the reference's DateShift (SAMEPERIODLASTYEAR) and PeriodToDate (DATESYTD/QTD/MTD).
/// </summary>
public static class TimeItems
{
    /// <summary>YoY = current − prior; BLANK − BLANK is BLANK, a BLANK operand of a number counts as 0.</summary>
    public static decimal? YoY(decimal? current, decimal? prior) =>
        current is null && prior is null ? null : (current ?? 0m) - (prior ?? 0m);

    /// <summary>YoY % = DIVIDE ( COALESCE ( current, 0 ) − prior, prior ): BLANK when prior is BLANK or 0.</summary>
    public static decimal? YoYPercent(decimal? current, decimal? prior) =>
        prior is null or 0m ? null : ((current ?? 0m) - prior.Value) / prior.Value;
}
