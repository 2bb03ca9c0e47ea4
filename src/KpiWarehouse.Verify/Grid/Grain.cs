namespace KpiWarehouse.Verify.Grid;

/// <summary>The date grains of the grid, coarsest first (the order of every report).</summary>
public enum Grain
{
    /// <summary>Every date of the date table.</summary>
    AllTime,
    /// <summary>'Date'[Year].</summary>
    Year,
    /// <summary>'Date'[Year Quarter], like 2024-Q1.</summary>
    Quarter,
    /// <summary>'Date'[Year Month], like 2024-03.</summary>
    Month,
}

/// <summary>The model-contract column of each grain.</summary>
public static class GrainColumns
{
    /// <summary>The 'Date' column that groups by <paramref name="grain"/>; null for all time.</summary>
    public static string? Column(this Grain grain) => grain switch
    {
        Grain.Year => "Year",
        Grain.Quarter => "Year Quarter",
        Grain.Month => "Year Month",
        _ => null,
    };

    /// <summary>The grain's name in reports: <c>all time</c>, <c>year</c>, <c>quarter</c>, <c>month</c>.</summary>
    public static string Label(this Grain grain) => grain switch
    {
        Grain.Year => "year",
        Grain.Quarter => "quarter",
        Grain.Month => "month",
        _ => "all time",
    };
}
