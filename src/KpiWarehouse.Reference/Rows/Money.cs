namespace KpiWarehouse.Reference.Rows;

/// <summary>
/// Decimals as the model stores them: Power BI's fixed decimal type keeps 4 decimals, and the reference rounds the
/// same way (half away from zero) so that a value the warehouse rounds does not count as a mismatch.
/// </summary>
public static class Money
{
    /// <summary>The value rounded to 4 decimals, half away from zero.</summary>
    public static decimal Stored(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>The value rounded to 4 decimals, or null.</summary>
    public static decimal? Stored(decimal? value) => value is { } v ? Stored(v) : null;
}
