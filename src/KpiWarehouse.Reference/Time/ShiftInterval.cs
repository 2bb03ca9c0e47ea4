namespace KpiWarehouse.Reference.Time;

/// <summary>The interval argument of DAX's DATEADD.</summary>
public enum ShiftInterval
{
    /// <summary>Days.</summary>
    Day,
    /// <summary>Calendar months.</summary>
    Month,
    /// <summary>Three calendar months.</summary>
    Quarter,
    /// <summary>Twelve calendar months.</summary>
    Year,
}
