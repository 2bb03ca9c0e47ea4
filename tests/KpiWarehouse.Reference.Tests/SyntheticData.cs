using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference.Tests;

/// <summary>
/// A seeded random data set of the contract's shape, sized by <c>scale</c> (1 ≈ 250k rows), for timing the
/// calculator; its values are not checked (the hand data set does that).
/// </summary>
public static class SyntheticData
{
    public static RawDataSet Create(double scale, int seed = 7)
    {
        var random = new Random(seed);
        int N(int n) => Math.Max(1, (int)(n * scale));
        var start = new DateOnly(2021, 1, 1);
        DateOnly Day() => start.AddDays(random.Next(4 * 365));
        DateTime Stamp() => Day().ToDateTime(new TimeOnly(random.Next(24), random.Next(60), random.Next(60)));
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        string? Maybe(string value) => random.Next(10) == 0 ? null : value;

        string[] teams = ["North Team", "South Team", "East Team", "West Team", "Key Accounts", "Inside Sales"];
        string[] regions = ["North", "South", "East", "West", "Central"];
        string[] channels = ["web", "paid_search", "referral", "event", "partner", "cold_call", "cold_email"];
        var reps = Enumerable.Range(1, Math.Max(8, N(50))).Select(i => new RawRep($"R{i:D3}", $"Rep {i}", $"r{i}@x.com",
            Pick(new[] { "SDR", "BDM", "AM", "MANAGER" }), Pick(teams), Pick(regions), i > 3 ? $"R{random.Next(1, 4):D3}" : null,
            start, null)).ToList();
        var customers = Enumerable.Range(1, N(2000)).Select(i => new RawCustomer($"C{i:D5}", $"Customer {i}",
            Pick(new[] { "SMB", "MID", "ENT" }), Maybe("Retail"), "France", Pick(regions), Maybe("Paris"), start,
            i > 10 && random.Next(5) == 0 ? $"C{random.Next(1, i):D5}" : null, Maybe(Pick(channels)))).ToList();
        var products = Enumerable.Range(1, 30).Select(i => new RawProduct($"P{i:D2}", $"Product {i}", $"Line {i % 5}",
            Maybe("Cat"), 100m, 40m, i % 2 == 0)).ToList();
        string[] stageNames = ["Qualify", "Propose", "Negotiate", "Closed Won", "Closed Lost"];
        var stages = stageNames.Select((s, i) => new RawStage(s, i, new[] { 0.1m, 0.5m, 0.8m, 1m, 0m }[i])).ToList();
        var leads = Enumerable.Range(1, N(40000)).Select(i =>
        {
            var created = Stamp();
            return new RawLead($"L{i}", created, Pick(channels), random.Next(2) == 0 ? "INBOUND" : "OUTBOUND",
                Maybe(Pick(reps).RepId), null, created.AddHours(random.Next(1, 200)), random.Next(3) == 0 ? created.AddDays(5) : null,
                random.Next(4) == 0 ? null : created.AddSeconds(random.Next(30, 7200)), null,
                random.Next(10) == 0 ? created.AddDays(30) : null, null);
        }).ToList();
        var opportunities = Enumerable.Range(1, N(15000)).Select(i =>
        {
            var created = Day();
            var status = Pick(new[] { "OPEN", "WON", "LOST" });
            return new RawOpportunity($"OP{i}", Maybe(Pick(customers).CustomerId), null, Pick(reps).RepId,
                Maybe(Pick(products).ProductId), Pick(new[] { "NEW_BUSINESS", "UPSELL", "CROSS_SELL", "RENEWAL" }), created,
                random.Next(8) == 0 ? null : random.Next(100, 10000), Pick(stageNames), status,
                status == "OPEN" ? null : created.AddDays(random.Next(1, 120)), null);
        }).ToList();
        var stageRows = opportunities.SelectMany(o => Enumerable.Range(0, 3).Select(k =>
            new RawOpportunityStage(o.OpportunityId, stageNames[k], o.CreatedAt.AddDays(k * 10)))).ToList();
        var quotes = opportunities.Where((_, i) => i % 3 == 0).Select((o, i) => new RawQuote($"Q{i}", o.OpportunityId,
            o.CreatedAt.AddDays(5), 1000m, Pick(new[] { "SENT", "SIGNED", "REJECTED", "EXPIRED" }), o.CreatedAt.AddDays(20))).ToList();
        var activities = Enumerable.Range(1, N(50000)).Select(i => new RawActivity($"A{i}", Pick(reps).RepId, Stamp(),
            Pick(new[] { "CALL", "EMAIL", "SOCIAL" }), random.Next(5) == 0 ? "INBOUND" : "OUTBOUND",
            random.Next(3) == 0 ? Pick(leads).LeadId : null, Maybe(Pick(customers).CustomerId), null,
            Pick(new[] { "CONNECTED", "NO_ANSWER", "VOICEMAIL", "MEETING_BOOKED", "POSITIVE_REPLY", "NEGATIVE_REPLY", "NO_REPLY" }))).ToList();
        var meetings = Enumerable.Range(1, N(10000)).Select(i =>
        {
            var invited = Stamp();
            return new RawMeeting($"M{i}", Pick(reps).RepId, null, Maybe(Pick(customers).CustomerId), invited,
                invited.AddDays(7), Pick(new[] { "ACCEPTED", "DECLINED", "PENDING", "CANCELLED" }), random.Next(2) == 0,
                random.Next(3) == 0 ? Pick(opportunities).OpportunityId : null);
        }).ToList();
        var orders = Enumerable.Range(1, N(60000)).SelectMany(i =>
        {
            var day = Day();
            var customer = Pick(customers).CustomerId;
            var rep = Maybe(Pick(reps).RepId);
            return Enumerable.Range(1, 2).Select(line => new RawOrderLine($"O{i}", line, day, customer, Pick(products).ProductId,
                rep, null, random.Next(1, 10), random.Next(10, 1000) + 0.99m, random.Next(4) == 0 ? 0.15m : null, 20m));
        }).ToList();
        var events = customers.Where((_, i) => i % 3 == 0).SelectMany((c, i) =>
        {
            var day = Day();
            return new[]
            {
                new RawSubscriptionEvent($"E{i}a", c.CustomerId, Pick(products).ProductId, day, "NEW", 100m),
                new RawSubscriptionEvent($"E{i}b", c.CustomerId, Pick(products).ProductId, day.AddDays(90), "EXPANSION", 50m),
                new RawSubscriptionEvent($"E{i}c", c.CustomerId, Pick(products).ProductId, day.AddDays(300), "CHURN", -150m),
            };
        }).ToList();
        var spend = Enumerable.Range(1, N(3000)).Select(_ => new RawSpend(Day(), Pick(channels),
            random.Next(2) == 0 ? "MARKETING" : "SALES", random.Next(100, 5000))).ToList();
        var surveys = Enumerable.Range(1, N(6000)).Select(i =>
        {
            var type = Pick(new[] { "NPS", "CSAT", "OUTCOME" });
            return new RawSurvey($"S{i}", Pick(customers).CustomerId, Day(), type,
                type == "NPS" ? random.Next(11) : type == "CSAT" ? random.Next(1, 6) : random.Next(2));
        }).ToList();
        var targets = Enumerable.Range(0, 48).SelectMany(m => reps.Select(r => new RawTarget(
            new DateOnly(2021, 1, 1).AddMonths(m), r.RepId, "REVENUE", 10000m))).ToList();
        return new RawDataSet
        {
            Reps = reps, Customers = customers, Products = products, Stages = stages, Leads = leads,
            Opportunities = opportunities, OpportunityStages = stageRows, Quotes = quotes, Activities = activities,
            Meetings = meetings, Orders = orders, SubscriptionEvents = events, Spend = spend, Surveys = surveys, Targets = targets,
        };
    }

    public static int RowCount(RawDataSet d) =>
        d.Reps.Count + d.Customers.Count + d.Products.Count + d.Stages.Count + d.Leads.Count + d.Opportunities.Count +
        d.OpportunityStages.Count + d.Quotes.Count + d.Activities.Count + d.Meetings.Count + d.Orders.Count +
        d.SubscriptionEvents.Count + d.Spend.Count + d.Surveys.Count + d.Targets.Count;
}
