using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>The story across files holds together: lead → opportunity → quote → order → subscription.</summary>
public sealed class FunnelCoherenceTests(SmallSample sample) : IClassFixture<SmallSample>
{
    private IEnumerable<Dictionary<string, string>> Read(string name) => sample.Folder.Table(name).Records();

    [Fact]
    public void ConvertedLead_Customer_HasAnOrderOnOrAfterTheConversion()
    {
        var orderDays = Read("orders").GroupBy(o => o["customer_id"]).ToDictionary(g => g.Key, g => g.Select(o => o["order_date"]).ToList());
        var converted = Read("leads").Where(l => l["converted_at"].Length > 0).ToList();
        Assert.NotEmpty(converted);
        foreach (var lead in converted)
        {
            Assert.True(lead["customer_id"].Length > 0, $"{lead["lead_id"]} converted without a customer");
            Assert.True(orderDays.TryGetValue(lead["customer_id"], out var days) && days.Any(d => string.CompareOrdinal(d, lead.Day("converted_at")) >= 0),
                $"{lead["lead_id"]}: customer {lead["customer_id"]} has no order on or after {lead["converted_at"]}");
        }
        Assert.All(Read("leads").Where(l => l["converted_at"].Length == 0), l => Assert.Equal("", l["customer_id"]));
    }

    [Fact]
    public void Opportunity_StageHistory_IsOrderedAndEndsAtTheCurrentStageAndStatus()
    {
        var history = Read("opportunity_stages").GroupBy(s => s["opportunity_id"]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var opportunity in Read("opportunities"))
        {
            var id = opportunity["opportunity_id"];
            Assert.True(history.TryGetValue(id, out var entries), $"{id} has no stage history");
            var days = entries!.Select(e => e["entered_at"]).ToList();
            Assert.True(days.Zip(days.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) < 0), $"{id}: stage entries not in strictly increasing date order");
            Assert.Equal(opportunity["created_at"], days[0]);
            Assert.Equal(opportunity["stage"], entries![^1]["stage"]);
            var expected = opportunity["status"] switch { "WON" => "Gagnée", "LOST" => "Perdue", _ => null };
            if (expected is null)
            {
                Assert.DoesNotContain(entries, e => e["stage"] is "Gagnée" or "Perdue");
            }
            else
            {
                Assert.Equal(expected, opportunity["stage"]);
                Assert.Equal(opportunity["closed_at"], days[^1]);
            }
        }
    }

    [Fact]
    public void Quotes_OfEachOpportunity_MatchItsStatusAndAmount()
    {
        var quotes = Read("quotes").GroupBy(q => q["opportunity_id"]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var opportunity in Read("opportunities"))
        {
            var mine = quotes.GetValueOrDefault(opportunity["opportunity_id"]) ?? [];
            var signed = mine.Where(q => q["status"] == "SIGNED").ToList();
            switch (opportunity["status"])
            {
                case "WON":
                    var quote = Assert.Single(signed);
                    Assert.Equal(opportunity["amount"], quote["amount"]);
                    Assert.Equal(opportunity["closed_at"], quote["decided_at"]);
                    break;
                case "LOST":
                    Assert.Empty(signed);
                    Assert.DoesNotContain(mine, q => q["status"] == "SENT");
                    break;
                default:
                    Assert.Empty(signed);
                    break;
            }
            Assert.All(mine, q => Assert.True(string.CompareOrdinal(q["sent_at"], opportunity["created_at"]) >= 0));
            Assert.All(mine.Where(q => q["status"] == "SENT"), q => Assert.Equal("", q["decided_at"]));
        }
    }

    [Fact]
    public void WonOpportunity_IsInvoiced_OnOrAfterItsCloseDate()
    {
        var orders = Read("orders").Where(o => o["opportunity_id"].Length > 0).GroupBy(o => o["opportunity_id"]).ToDictionary(g => g.Key, g => g.First());
        foreach (var won in Read("opportunities").Where(o => o["status"] == "WON"))
        {
            Assert.True(orders.TryGetValue(won["opportunity_id"], out var order), $"{won["opportunity_id"]} won but never invoiced");
            Assert.True(string.CompareOrdinal(order!["order_date"], won["closed_at"]) >= 0);
            Assert.Equal(won["customer_id"], order["customer_id"]);
        }
    }

    [Fact]
    public void QualifiedMeeting_IsHeld_AndCreatedItsOpportunityOnTheMeetingDay()
    {
        var created = Read("opportunities").ToDictionary(o => o["opportunity_id"], o => o["created_at"]);
        var qualified = Read("meetings").Where(m => m["opportunity_id"].Length > 0).ToList();
        Assert.NotEmpty(qualified);
        foreach (var meeting in qualified)
        {
            Assert.Equal("true", meeting["held"]);
            Assert.Equal(created[meeting["opportunity_id"]], meeting.Day("scheduled_at"));
        }
        Assert.All(Read("meetings"), m => Assert.True(string.CompareOrdinal(m["scheduled_at"], m["invited_at"]) >= 0));
    }

    [Fact]
    public void Activity_OfEveryRep_FallsBetweenHireAndLeaveDates()
    {
        var reps = Read("reps").ToDictionary(r => r["rep_id"]);
        foreach (var activity in Read("activities"))
        {
            var rep = reps[activity["rep_id"]];
            var day = activity.Day("occurred_at");
            Assert.True(string.CompareOrdinal(day, rep["hire_date"]) >= 0, $"{activity["activity_id"]} before {rep["rep_id"]} was hired");
            Assert.True(rep["leave_date"].Length == 0 || string.CompareOrdinal(day, rep["leave_date"]) <= 0, $"{activity["activity_id"]} after {rep["rep_id"]} left");
        }
    }

    [Fact]
    public void ActivityOrMeeting_OnACustomer_IsNotBeforeTheAccountWasCreated()
    {
        var created = Read("customers").ToDictionary(c => c["customer_id"], c => c["created_date"]);
        foreach (var (file, column) in new[] { ("activities", "occurred_at"), ("meetings", "invited_at") })
        {
            foreach (var row in Read(file).Where(r => r["customer_id"].Length > 0))
                Assert.True(string.CompareOrdinal(row.Day(column), created[row["customer_id"]]) >= 0, $"{file} {row.Values.First()} before {row["customer_id"]} existed");
        }
    }

    [Fact]
    public void DisqualifiedLead_IsNeitherConvertedNorInAnOpenDeal()
    {
        var open = Read("opportunities").Where(o => o["status"] == "OPEN").Select(o => o["lead_id"]).ToHashSet();
        var disqualified = Read("leads").Where(l => l["disqualified_at"].Length > 0).ToList();
        Assert.NotEmpty(disqualified);
        Assert.All(disqualified, l => Assert.True(l["converted_at"].Length == 0 && !open.Contains(l["lead_id"]), $"{l["lead_id"]} disqualified"));
    }

    [Fact]
    public void Amounts_InMoneyAndRateColumns_HaveAtMostTwoDecimals_AndQuantitiesAreWhole()
    {
        (string File, string Column)[] money =
        [
            ("orders", "unit_price"), ("orders", "unit_cost"), ("orders", "discount_pct"), ("opportunities", "amount"), ("quotes", "amount"),
            ("products", "list_price"), ("products", "unit_cost"), ("subscription_events", "mrr_delta"), ("marketing_spend", "amount"), ("targets", "target"),
        ];
        foreach (var (file, column) in money)
        {
            foreach (var row in Read(file).Where(r => r[column].Length > 0))
                Assert.True(decimal.Round(row.Dec(column), 2) == row.Dec(column), $"{file}.{column} = {row[column]}");
        }
        Assert.All(Read("orders"), o => Assert.Equal(decimal.Truncate(o.Dec("quantity")), o.Dec("quantity")));
    }

    [Fact]
    public void EveryFactDate_OfASample_FallsInsideTheThreeYearCalendar()
    {
        (string File, string Column)[] dated =
        [
            ("leads", "created_at"), ("leads", "converted_at"), ("leads", "disqualified_at"), ("activities", "occurred_at"),
            ("meetings", "scheduled_at"), ("opportunities", "created_at"), ("opportunities", "closed_at"), ("opportunity_stages", "entered_at"),
            ("quotes", "decided_at"), ("orders", "order_date"), ("subscription_events", "event_date"), ("surveys", "responded_at"),
            ("marketing_spend", "spend_date"), ("targets", "month"),
        ];
        foreach (var (file, column) in dated)
        {
            foreach (var row in Read(file).Where(r => r[column].Length > 0))
                Assert.InRange(row.Day(column), "2022-01-01", "2024-12-31");
        }
    }
}
