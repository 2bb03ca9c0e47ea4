using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>
/// At scale 1 every KPI of kpi-catalog.md has what it needs in most months: each case lists the months in
/// which the rows a KPI (or its denominator) counts exist; a KPI over no rows would be BLANK.
/// </summary>
public sealed class MonthlyIngredientsTests(FullSample sample) : IClassFixture<FullSample>
{
    /// <summary>"Most months": at least 32 of the 36.</summary>
    private const int MostMonths = 32;

    private static readonly string[] AllMonths = Enumerable.Range(0, 36).Select(m => $"{2022 + m / 12}-{m % 12 + 1:00}").ToArray();

    private static readonly Dictionary<string, Func<Func<string, List<Dictionary<string, string>>>, IEnumerable<string>>> Ingredients = new()
    {
        ["order lines (Revenue, Orders, Units, Gross Profit)"] = t => t("orders").Select(o => o.Month("order_date")),
        ["new customers: first order in the month (New Customers, CAC)"] = t => FirstOrders(t).Values,
        ["referral new customers (Referral Customers)"] = t =>
        {
            var referred = t("customers").Where(c => c["referred_by_customer_id"].Length > 0).Select(c => c["customer_id"]).ToHashSet();
            return FirstOrders(t).Where(p => referred.Contains(p.Key)).Select(p => p.Value);
        },
        ["returning buyers (Customer Recurrence, Existing Customer Engagement)"] = t =>
        {
            var first = FirstOrders(t);
            return t("orders").Where(o => o.Month("order_date") != first[o["customer_id"]]).Select(o => o.Month("order_date"));
        },
        ["revenue targets"] = t => t("targets").Where(x => x["metric"] == "REVENUE").Select(x => x.Month("month")),
        ["new-leads targets"] = t => t("targets").Where(x => x["metric"] == "NEW_LEADS").Select(x => x.Month("month")),
        ["deals-won targets"] = t => t("targets").Where(x => x["metric"] == "DEALS_WON").Select(x => x.Month("month")),
        ["opportunities created"] = t => t("opportunities").Select(o => o.Month("created_at")),
        ["won deals (Deals Won, Won Revenue, Sales Cycle)"] = t => t("opportunities").Where(o => o["status"] == "WON").Select(o => o.Month("closed_at")),
        ["lost deals (Win Loss Ratio)"] = t => t("opportunities").Where(o => o["status"] == "LOST").Select(o => o.Month("closed_at")),
        ["won upsell or cross-sell deals"] = t => t("opportunities").Where(o => o["status"] == "WON" && o["type"] is "UPSELL" or "CROSS_SELL").Select(o => o.Month("closed_at")),
        ["opportunities open at the month end (Pipeline Value)"] = t => AllMonths.Where(m => t("opportunities").Any(o =>
            string.CompareOrdinal(o.Month("created_at"), m) <= 0 && (o["closed_at"].Length == 0 || string.CompareOrdinal(o.Month("closed_at"), m) > 0))),
        ["open at the month end and moved in the month (Active Opportunities)"] = t => OpenAtMonthEnd(t, moved: true),
        ["open at the month end and not moved in the month (Stagnant Opportunities)"] = t => OpenAtMonthEnd(t, moved: false),
        ["quotes sent"] = t => t("quotes").Select(q => q.Month("sent_at")),
        ["quotes signed"] = t => t("quotes").Where(q => q["status"] == "SIGNED").Select(q => q.Month("decided_at")),
        ["inbound leads"] = t => t("leads").Where(l => l["direction"] == "INBOUND").Select(l => l.Month("created_at")),
        ["outbound leads"] = t => t("leads").Where(l => l["direction"] == "OUTBOUND").Select(l => l.Month("created_at")),
        ["MQLs"] = t => t("leads").Select(l => l.Month("mql_at")),
        ["SQLs"] = t => t("leads").Select(l => l.Month("sql_at")),
        ["inbound leads answered (Average Lead Response Hours)"] = t => t("leads").Where(l => l["direction"] == "INBOUND" && l["first_response_at"].Length > 0).Select(l => l.Month("created_at")),
        ["marketing spend"] = t => t("marketing_spend").Where(s => s["category"] == "MARKETING" && s.Dec("amount") > 0).Select(s => s.Month("spend_date")),
        ["sales spend"] = t => t("marketing_spend").Where(s => s["category"] == "SALES" && s.Dec("amount") > 0).Select(s => s.Month("spend_date")),
        ["outbound calls"] = t => t("activities").Where(a => a["type"] == "CALL" && a["direction"] == "OUTBOUND").Select(a => a.Month("occurred_at")),
        ["positive or negative replies"] = t => t("activities").Where(a => a["outcome"] is "POSITIVE_REPLY" or "NEGATIVE_REPLY").Select(a => a.Month("occurred_at")),
        ["meetings booked (accepted invitations)"] = t => t("meetings").Where(m => m["status"] == "ACCEPTED").Select(m => m.Month("invited_at")),
        ["meetings held"] = t => t("meetings").Where(m => m["held"] == "true").Select(m => m.Month("scheduled_at")),
        ["subscription events (Net New MRR)"] = t => t("subscription_events").Select(e => e.Month("event_date")),
        ["expansions"] = t => t("subscription_events").Where(e => e["event_type"] == "EXPANSION").Select(e => e.Month("event_date")),
        ["churns (Churned Customers, Churn Rate)"] = t => t("subscription_events").Where(e => e["event_type"] == "CHURN").Select(e => e.Month("event_date")),
        ["subscribers at the month start (Churn and Retention Rate denominators)"] = t =>
        {
            var events = t("subscription_events");
            return AllMonths.Where(m => events.Where(e => string.CompareOrdinal(e.Month("event_date"), m) < 0)
                .GroupBy(e => e["customer_id"]).Any(g => g.Sum(e => e.Dec("mrr_delta")) > 0));
        },
        ["NPS responses"] = t => t("surveys").Where(s => s["survey_type"] == "NPS").Select(s => s.Month("responded_at")),
        ["CSAT responses"] = t => t("surveys").Where(s => s["survey_type"] == "CSAT").Select(s => s.Month("responded_at")),
        ["OUTCOME responses"] = t => t("surveys").Where(s => s["survey_type"] == "OUTCOME").Select(s => s.Month("responded_at")),
    };

    public static TheoryData<string> IngredientNames() => new(Ingredients.Keys);

    [Theory]
    [MemberData(nameof(IngredientNames))]
    public void FullSample_KpiIngredient_ExistsInMostMonths(string ingredient)
    {
        var months = Ingredients[ingredient](Table).Where(m => m.Length > 0).ToHashSet();
        var missing = AllMonths.Where(m => !months.Contains(m)).ToList();
        Assert.True(AllMonths.Length - missing.Count >= MostMonths, $"{ingredient}: missing in {missing.Count} months: {string.Join(", ", missing)}");
    }

    [Fact]
    public void FullSample_LeapDay_HasActivity()
    {
        Assert.Contains(Table("activities"), a => a.Day("occurred_at") == "2024-02-29");
        Assert.Contains(Table("leads"), l => l.Day("created_at") == "2024-02-29");
    }

    private List<Dictionary<string, string>> Table(string name) => sample.Cache(name);

    private static IEnumerable<string> OpenAtMonthEnd(Func<string, List<Dictionary<string, string>>> t, bool moved)
    {
        var entered = t("opportunity_stages").Select(s => (s["opportunity_id"], s.Month("entered_at"))).ToHashSet();
        return AllMonths.Where(m => t("opportunities").Any(o =>
            string.CompareOrdinal(o.Month("created_at"), m) <= 0
            && (o["closed_at"].Length == 0 || string.CompareOrdinal(o.Month("closed_at"), m) > 0)
            && entered.Contains((o["opportunity_id"], m)) == moved));
    }

    private static Dictionary<string, string> FirstOrders(Func<string, List<Dictionary<string, string>>> t) =>
        t("orders").GroupBy(o => o["customer_id"]).ToDictionary(g => g.Key, g => g.Min(o => o.Month("order_date"))!);
}
