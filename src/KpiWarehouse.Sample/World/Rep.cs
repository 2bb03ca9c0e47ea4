using KpiWarehouse.Sample.Time;

namespace KpiWarehouse.Sample.World;

internal enum Role { Sdr, Bdm, Am, Manager }

/// <summary>A sales person: who they are, when they can work, how good they are.</summary>
internal sealed class Rep
{
    public required int Index { get; init; }
    public required Role Role { get; init; }
    public required int Team { get; init; }
    public required int HireDay { get; init; }
    public int LeaveDay { get; set; } = int.MaxValue;

    /// <summary>0.6 (struggling) to 1.4 (star): scales win and qualification rates.</summary>
    public required double Skill { get; init; }

    /// <summary>One month off per year (month index of each year), when the rep logs no activity.</summary>
    public required int[] MonthsOff { get; init; }

    public bool IsAvailable(int day)
    {
        if (day < HireDay || day > LeaveDay)
            return false;
        if (day < 0 || day > SampleCalendar.LastDay)
            return true;
        var month = SampleCalendar.MonthOf(day);
        return MonthsOff[month / 12] != month;
    }

    /// <summary>Employed at some day of <paramref name="month"/>.</summary>
    public bool IsEmployedIn(int month) =>
        HireDay <= SampleCalendar.LastDayOf(month) && LeaveDay >= SampleCalendar.FirstDayOf(month);
}
