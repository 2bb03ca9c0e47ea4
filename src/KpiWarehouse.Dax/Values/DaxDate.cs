using System.Globalization;

namespace KpiWarehouse.Dax.Values;

/// <summary>Calendar arithmetic on DAX serial dates (whole days since 1899-12-30).</summary>
public static class DaxDate
{
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    /// <summary>The serial day number of a calendar date.</summary>
    public static int ToSerial(DateOnly date) => date.DayNumber - Epoch.DayNumber;

    /// <summary>The calendar date of a serial number (its time of day dropped).</summary>
    public static DateOnly FromSerial(double serial) => Epoch.AddDays((int)Math.Floor(serial));

    /// <summary>A date as text: yyyy-MM-dd, with the time when it has one.</summary>
    public static string Format(double serial)
    {
        var day = Math.Floor(serial);
        var date = FromSerial(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (serial == day) return date;
        var time = TimeSpan.FromDays(serial - day);
        return date + " " + new DateTime(time.Ticks).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds months the way EDATE and DATEADD do: the day is clamped to the last day of the target
    /// month (Jan 31 + 1 month = Feb 28/29).
    /// </summary>
    public static DateOnly AddMonths(DateOnly date, int months) => date.AddMonths(months);

    /// <summary>The last day of the date's month.</summary>
    public static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    /// <summary>True when the date is the last day of its month.</summary>
    public static bool IsMonthEnd(DateOnly date) => date.Day == DateTime.DaysInMonth(date.Year, date.Month);
}
