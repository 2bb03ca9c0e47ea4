namespace KpiWarehouse.Reference.Kpis;

/// <summary>
/// The catalog's BLANK rules as functions (null = BLANK): a count or sum over no rows is BLANK, never 0; an average
/// over no rows is BLANK; a ratio is BLANK when its denominator is BLANK or 0, otherwise a BLANK numerator is 0.
/// </summary>
internal static class Blank
{
    /// <summary>A count: BLANK when nothing was counted.</summary>
    public static decimal? Count(int count) => count == 0 ? null : count;

    /// <summary>A sum of <paramref name="rows"/> values: BLANK over no rows.</summary>
    public static decimal? Sum(int rows, decimal total) => rows == 0 ? null : total;

    /// <summary>An average of <paramref name="rows"/> values: BLANK over no rows.</summary>
    public static decimal? Average(int rows, decimal total) => rows == 0 ? null : total / rows;

    /// <summary>A ratio.</summary>
    public static decimal? Divide(decimal? numerator, decimal? denominator) =>
        denominator is null or 0m ? null : (numerator ?? 0m) / denominator.Value;

    /// <summary>
    /// <paramref name="value"/> when the source has rows of the entity a ratio's numerator comes from, else BLANK:
    /// the raw contract's "a missing file's KPIs are BLANK, never 0" (DAX: <c>IF ( NOT ISBLANK ( COUNTROWS ( ALL ( T ) ) ), …)</c>;
    /// under row-level security, rows the user cannot see do not count, as ALL does not remove RLS).
    /// </summary>
    public static decimal? IfSourceHas(bool hasRows, decimal? value) => hasRows ? value : null;

    /// <summary>a + b where BLANK + BLANK is BLANK and BLANK + x is x.</summary>
    public static decimal? Add(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0m) + (b ?? 0m);

    /// <summary>a − b where BLANK − BLANK is BLANK and a BLANK operand is otherwise 0.</summary>
    public static decimal? Subtract(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0m) - (b ?? 0m);

    /// <summary>a × b, BLANK when either is BLANK.</summary>
    public static decimal? Multiply(decimal? a, decimal? b) => a is null || b is null ? null : a.Value * b.Value;
}
