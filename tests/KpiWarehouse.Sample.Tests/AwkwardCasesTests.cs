using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>The awkward cases real exports have are planted even in a small sample (scale 0.1).</summary>
public sealed class AwkwardCasesTests(SmallSample sample) : IClassFixture<SmallSample>
{
    private static readonly Dictionary<string, Func<Func<string, List<Dictionary<string, string>>>, bool>> Cases = new()
    {
        ["a rep who left"] = t => t("reps").Any(r => r["leave_date"].Length > 0),
        ["a rep hired during the data"] = t => t("reps").Any(r => string.CompareOrdinal(r["hire_date"], "2022-01-01") > 0),
        ["a rep employed all month with no activity that month"] = t =>
        {
            var active = t("activities").Select(a => (a["rep_id"], a.Month("occurred_at"))).ToHashSet();
            var months = Enumerable.Range(0, 36).Select(m => $"{2022 + m / 12}-{m % 12 + 1:00}").ToList();
            return t("reps").Where(r => r["role"] is "SDR" or "BDM" or "AM").Any(r => months.Any(m =>
                string.CompareOrdinal(r["hire_date"], m + "-01") <= 0
                && (r["leave_date"].Length == 0 || string.CompareOrdinal(r["leave_date"], m + "-31") >= 0)
                && !active.Contains((r["rep_id"], m))));
        },
        ["a rep without manager"] = t => t("reps").Any(r => r["manager_id"].Length == 0),
        ["a rep without e-mail"] = t => t("reps").Any(r => r["email"].Length == 0),
        ["a channel with spend and no lead"] = t => t("marketing_spend").Select(s => s["channel"]).Except(t("leads").Select(l => l["source"])).Any(),
        ["a name with an apostrophe and an accent"] = t => t("customers").Any(c => c["customer_name"].Contains('\'') && c["customer_name"].Any(ch => ch > 127)),
        ["a value with a quote"] = t => t("customers").Any(c => c["customer_name"].Contains('"')),
        ["a value with a comma"] = t => t("customers").Any(c => c["customer_name"].Contains(',')) || t("products").Any(p => p["product_name"].Contains(',')),
        ["a value with a line break"] = t => t("opportunities").Any(o => o["lost_reason"].Contains('\n')),
        ["an opportunity open across a year end"] = t => t("opportunities").Any(o => o["status"] == "OPEN" && o["created_at"].StartsWith("2023", StringComparison.Ordinal))
            || t("opportunity_stages").GroupBy(s => s["opportunity_id"]).Any(g => g.Select(s => s["entered_at"][..4]).Distinct().Count() > 1),
        ["opportunities still open at the end of the data"] = t => t("opportunities").Any(o => o["status"] == "OPEN"),
        ["an opportunity without customer"] = t => t("opportunities").Any(o => o["customer_id"].Length == 0),
        ["an opportunity without amount"] = t => t("opportunities").Any(o => o["amount"].Length == 0),
        ["an opportunity that fell back a stage"] = t => t("opportunity_stages").GroupBy(s => s["opportunity_id"]).Any(g => g.Count(s => s["stage"] == "Qualification") > 1),
        ["an order line without rep"] = t => t("orders").Any(o => o["rep_id"].Length == 0),
        ["an order line without opportunity"] = t => t("orders").Any(o => o["opportunity_id"].Length == 0),
        ["an order line with an empty discount"] = t => t("orders").Any(o => o["discount_pct"].Length == 0),
        ["a free order line"] = t => t("orders").Any(o => o["unit_price"] == "0.00"),
        ["an activity on no lead, customer or opportunity"] = t => t("activities").Any(a => a["lead_id"] + a["customer_id"] + a["opportunity_id"] == ""),
        ["an activity without outcome"] = t => t("activities").Any(a => a["outcome"].Length == 0),
        ["an inbound activity"] = t => t("activities").Any(a => a["direction"] == "INBOUND"),
        ["a lead without owner"] = t => t("leads").Any(l => l["owner_rep_id"].Length == 0),
        ["an inbound lead answered exactly at 5 minutes"] = t => t("leads").Any(l => l["first_response_at"].Length > 0
            && (DateTime.Parse(l["first_response_at"], System.Globalization.CultureInfo.InvariantCulture) - DateTime.Parse(l["created_at"], System.Globalization.CultureInfo.InvariantCulture)).TotalSeconds == 300),
        ["meetings of every status"] = t => t("meetings").Select(m => m["status"]).Distinct().Count() == 4,
        ["an accepted meeting not held"] = t => t("meetings").Any(m => m["status"] == "ACCEPTED" && m["held"] == "false"),
        ["a referral customer"] = t => t("customers").Any(c => c["referred_by_customer_id"].Length > 0),
        ["a customer without industry or city"] = t => t("customers").Any(c => c["industry"].Length == 0 || c["city"].Length == 0),
        ["a churn without product"] = t => t("subscription_events").Any(e => e["event_type"] == "CHURN" && e["product_id"].Length == 0),
        ["a reactivation after churn"] = t => t("subscription_events").Any(e => e["event_type"] == "REACTIVATION"),
        ["every subscription event type"] = t => t("subscription_events").Select(e => e["event_type"]).Distinct().Count() == 5,
        ["every survey type"] = t => t("surveys").Select(e => e["survey_type"]).Distinct().Count() == 3,
        ["company-level targets"] = t => t("targets").Any(x => x["rep_id"].Length == 0),
        ["a product without category"] = t => t("products").Any(p => p["category"].Length == 0),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void SmallSample_AwkwardCase_IsPresent(string awkwardCase)
    {
        var cache = new Dictionary<string, List<Dictionary<string, string>>>();
        List<Dictionary<string, string>> Table(string name) =>
            cache.TryGetValue(name, out var rows) ? rows : cache[name] = sample.Folder.Table(name).Records().ToList();
        Assert.True(Cases[awkwardCase](Table), $"no {awkwardCase} in the scale 0.1 sample");
    }
}
