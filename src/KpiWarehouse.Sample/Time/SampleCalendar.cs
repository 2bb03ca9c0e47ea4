namespace KpiWarehouse.Sample.Time;

/// <summary>
/// The fixed calendar of every sample: 2022-01-01 to 2024-12-31 (three full years with the leap day
/// 2024-02-29), whatever the scale. Dates are day numbers (0 = 2022-01-01, negative before) and
/// timestamps are seconds since day 0, so the hot path does integer arithmetic only.
/// </summary>
internal static class SampleCalendar
{
    public const int Days = 1096;
    public const int LastDay = Days - 1;
    public const int Months = 36;
    public const int SecondsPerDay = 86_400;
    public const long EndOfData = (long)Days * SecondsPerDay - 1;

    /// <summary>The earliest day that can be written: 2010-01-01 (legacy customers' creation dates and reps' hire dates are earlier than the data).</summary>
    private static readonly int TableStart;
    private static readonly char[] DateText;
    private static readonly int[] MonthStarts = new int[Months + 1];
    private static readonly byte[] MonthOfDay = new byte[Days];

    /// <summary>Relative lead and order volume by calendar month (January first): quiet August and late December.</summary>
    public static readonly double[] Season = [0.95, 1.0, 1.15, 1.05, 1.0, 0.95, 0.8, 0.55, 1.1, 1.2, 1.15, 0.85];

    /// <summary>Relative volume by year: the business grows.</summary>
    public static readonly double[] Growth = [1.0, 1.15, 1.3];

    static SampleCalendar()
    {
        var origin = new DateOnly(2022, 1, 1).DayNumber;
        var first = new DateOnly(2010, 1, 1);
        TableStart = first.DayNumber - origin;
        var count = Days - TableStart;
        DateText = new char[count * 10];
        for (var i = 0; i < count; i++)
        {
            var date = first.AddDays(i);
            date.TryFormat(DateText.AsSpan(i * 10, 10), out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        for (var m = 0; m <= Months; m++)
            MonthStarts[m] = new DateOnly(2022 + m / 12, m % 12 + 1, 1).DayNumber - origin;
        for (var m = 0; m < Months; m++)
        {
            for (var d = MonthStarts[m]; d < MonthStarts[m + 1]; d++)
                MonthOfDay[d] = (byte)m;
        }
    }

    /// <summary>The month index (0 = January 2022) of a day inside the calendar.</summary>
    public static int MonthOf(int day) => MonthOfDay[day];

    public static int FirstDayOf(int month) => MonthStarts[month];

    public static int LastDayOf(int month) => MonthStarts[month + 1] - 1;

    /// <summary>The seasonal and growth weight of a month.</summary>
    public static double Weight(int month) => Season[month % 12] * Growth[month / 12];

    /// <summary>0 = Monday … 6 = Sunday (2022-01-01 was a Saturday).</summary>
    public static int DayOfWeek(int day) => (int)(((day + 5) % 7 + 7) % 7);

    /// <summary>The day itself on a weekday, else the next Monday, or the previous Friday at the end of the data.</summary>
    public static int Workday(int day)
    {
        var dow = DayOfWeek(day);
        if (dow < 5)
            return day;
        var monday = day + (7 - dow);
        return monday <= LastDay ? monday : day - (dow - 4);
    }

    /// <summary>The ten characters <c>YYYY-MM-DD</c> of a day.</summary>
    public static ReadOnlySpan<char> DateChars(int day) => DateText.AsSpan((day - TableStart) * 10, 10);

    public static int DayOf(long timestamp) => (int)(timestamp / SecondsPerDay);

    public static long At(int day, int secondOfDay) => (long)day * SecondsPerDay + secondOfDay;

    /// <summary>The whole days between the months' first days: used to spread a count over the months.</summary>
    public static int DaysIn(int month) => MonthStarts[month + 1] - MonthStarts[month];
}
