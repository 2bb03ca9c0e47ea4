using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Engine;
using static KpiWarehouse.Reference.Kpis.Blank;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>Catalog section "Customers — for account managers" (#66–#80): MRR, churn, repeat orders, surveys, lifetime.</summary>
internal static class CustomerKpis
{
    private const string Section = "Customers";
    private const decimal DaysPerYear = 365.25m;

    public static IEnumerable<KpiEntry> Entries() =>
    [
        new(66, "MRR", Section, Dims.CPr, s => EventSum(s.RowsAsOfEnd(s.Data.Events), s, _ => true)),
        new(67, "Net New MRR", Section, Dims.CPr, s => EventSum(s.Rows(s.Data.Events), s, _ => true)),
        new(68, "Expansion Revenue", Section, Dims.CPr, s => EventSum(s.Rows(s.Data.Events), s, e => e.EventType == "EXPANSION")),
        new(69, "Active Customers", Section, Dims.C, s => Count(Subscribers(s).Count(c => c.MrrAt(s.End) > 0))),
        new(70, "Churned Customers", Section, Dims.C, ChurnedCustomers),
        new(71, "Churn Rate", Section, Dims.C, s => Divide(ChurnedCustomers(s), ActiveBeforeStart(s))),
        new(72, "Retention Rate", Section, Dims.C,
            s => Divide(Count(Subscribers(s).Count(c => c.MrrAt(s.Start - 1) > 0 && c.MrrAt(s.End) > 0)), ActiveBeforeStart(s))),
        new(73, "Customer Recurrence Rate", Section, Dims.C,
            s => Divide(Count(Buyers(s).Count(c => OrderedIn(c, s) && OrderedBefore(c, s))), Count(Buyers(s).Count(c => OrderedIn(c, s))))),
        new(74, "Existing Customer Engagement", Section, Dims.C,
            s => Divide(Count(Buyers(s).Count(c => OrderedBefore(c, s) && OrderedIn(c, s))), Count(Buyers(s).Count(c => OrderedBefore(c, s))))),
        new(75, "CSAT", Section, Dims.C, Csat),
        new(76, "CSAT Satisfied %", Section, Dims.C,
            s => Divide(Count(Responses(s, "CSAT").Count(r => r.Score >= 4)), Count(Responses(s, "CSAT").Count()))),
        new(77, "NPS", Section, Dims.C, Nps),
        new(78, "Customer Outcome Rate", Section, Dims.C,
            s => Divide(Count(Responses(s, "OUTCOME").Count(r => r.Score == 1)), Count(Responses(s, "OUTCOME").Count()))),
        new(79, "Average Customer Lifetime Years", Section, Dims.C, AverageCustomerLifetimeYears),
        new(80, "Customer Lifetime Value", Section, Dims.C,
            s => Multiply(Multiply(RevenueKpis.RevenuePerCustomer(s), 365m / s.Dates.DayCount), AverageCustomerLifetimeYears(s))),
    ];

    private static decimal? EventSum(IEnumerable<EventFact> events, Scope s, Func<Rows.RawSubscriptionEvent, bool> keep)
    {
        var deltas = events.Where(e => keep(e.Row)).Select(e => e.Row.MrrDelta).ToList();
        return Sum(deltas.Count, deltas.Sum());
    }

    /// <summary>Customer ids with at least one subscription event, kept by the Customer filter.</summary>
    private static IEnumerable<CustomerHistory> Subscribers(Scope s) => Histories(s).Where(c => c.MrrDays.Length > 0);

    /// <summary>Customer ids with at least one order line the scope sees, kept by the Customer filter.</summary>
    private static IEnumerable<CustomerHistory> Buyers(Scope s) => Histories(s).Where(c => OrderDays(c, s).Length > 0);

    /// <summary>
    /// #73/#74 read 'Sales' under the role: under row-level security only the visible reps' order lines count
    /// (the measures remove the Rep filter, which cannot remove RLS).
    /// </summary>
    private static int[] OrderDays(CustomerHistory c, Scope s) =>
        s.Security is null ? c.OrderDays : s.Data.OrderDaysSeenBy(s.Security).GetValueOrDefault(c, []);

    private static bool OrderedBefore(CustomerHistory c, Scope s) => OrderDays(c, s) is { Length: > 0 } days && days[0] < s.Start;

    /// <summary>Every customer id when Customer is not filtered, else the histories of the kept members.</summary>
    private static IEnumerable<CustomerHistory> Histories(Scope s) =>
        s.Customer is null ? s.Data.Customers : s.Customer.Selected.Select(m => s.Data.CustomerByMember[m]);

    private static bool OrderedIn(CustomerHistory c, Scope s) => s.Dates.ContainsAny(OrderDays(c, s));

    /// <summary>#70: customers with a CHURN event in P.</summary>
    private static decimal? ChurnedCustomers(Scope s) => Count(Subscribers(s).Count(c => s.Dates.ContainsAny(c.ChurnDays)));

    /// <summary>Customers whose MRR at the day before start is &gt; 0 (#71 and #72's denominator).</summary>
    private static decimal? ActiveBeforeStart(Scope s) => Count(Subscribers(s).Count(c => c.MrrAt(s.Start - 1) > 0));

    private static IEnumerable<Rows.RawSurvey> Responses(Scope s, string type) =>
        s.Rows(s.Data.Surveys).Where(r => r.Row.SurveyType == type).Select(r => r.Row);

    /// <summary>#75: average score of CSAT responses in P.</summary>
    private static decimal? Csat(Scope s)
    {
        var scores = Responses(s, "CSAT").Select(r => (decimal)r.Score).ToList();
        return Average(scores.Count, scores.Sum());
    }

    /// <summary>#77: 100 × (promoters (&gt;= 9) − detractors (&lt;= 6)) / NPS responses in P.</summary>
    private static decimal? Nps(Scope s)
    {
        var scores = Responses(s, "NPS").Select(r => r.Score).ToList();
        return Divide(100m * (scores.Count(x => x >= 9) - scores.Count(x => x <= 6)), Count(scores.Count));
    }

    /// <summary>
    /// #79: over customers with a CHURN event as of end, the average of (last CHURN date as of end − the earlier of the
    /// first order date and the first subscription event date) in days, / 365.25.
    /// </summary>
    private static decimal? AverageCustomerLifetimeYears(Scope s)
    {
        var days = new List<decimal>();
        foreach (var c in Subscribers(s))
        {
            if (c.LastChurnUpTo(s.End) is not { } churn)
                continue;
            days.Add(churn - Math.Min(c.FirstOrderDay, c.FirstSubscriptionDay));
        }
        return Average(days.Count, days.Sum()) / DaysPerYear;
    }
}
