namespace KpiWarehouse.Reference.Engine;

/// <summary>
/// What the customer KPIs need about one customer id over all time: its order days, its MRR after each event day
/// (the sum of its mrr_delta up to and including that day, over all products) and its churn days.
/// </summary>
internal sealed class CustomerHistory(string customerId, int member)
{
    public const int Never = int.MaxValue;

    public string CustomerId { get; } = customerId;

    /// <summary>The Customer member number, or -1 when customers.csv has no accepted row for the id.</summary>
    public int Member { get; } = member;

    public bool IsReferred { get; set; }

    /// <summary>Distinct order days, ascending.</summary>
    public int[] OrderDays { get; set; } = [];

    /// <summary>Distinct event days, ascending, and the customer's MRR at the end of each.</summary>
    public int[] MrrDays { get; set; } = [];
    public decimal[] MrrAfter { get; set; } = [];

    /// <summary>Days of CHURN events, ascending.</summary>
    public int[] ChurnDays { get; set; } = [];

    public int FirstOrderDay => OrderDays.Length > 0 ? OrderDays[0] : Never;
    public int FirstSubscriptionDay => MrrDays.Length > 0 ? MrrDays[0] : Never;

    /// <summary>The customer's MRR at the end of <paramref name="day"/> (0 before its first event).</summary>
    public decimal MrrAt(int day)
    {
        var i = Array.BinarySearch(MrrDays, day);
        if (i < 0)
            i = ~i - 1;
        return i >= 0 ? MrrAfter[i] : 0m;
    }

    /// <summary>The last churn day on or before <paramref name="day"/>, or null.</summary>
    public int? LastChurnUpTo(int day)
    {
        var i = Array.BinarySearch(ChurnDays, day);
        if (i < 0)
            i = ~i - 1;
        return i >= 0 ? ChurnDays[i] : null;
    }
}
