using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference.Engine;

internal sealed partial class ReferenceIndex
{
    private Dictionary<string, CustomerHistory> BuildCustomers(RawDataSet data)
    {
        var histories = new Dictionary<string, CustomerHistory>(StringComparer.Ordinal);
        CustomerHistory Get(string id) =>
            histories.TryGetValue(id, out var h) ? h : histories[id] = new CustomerHistory(id, Members.Customer.Find(id));
        foreach (var customer in data.Customers)
            Get(customer.CustomerId).IsReferred |= customer.ReferredByCustomerId is not null;
        foreach (var group in data.Orders.GroupBy(o => o.CustomerId))
            Get(group.Key).OrderDays = group.Select(o => Day(o.OrderDate)).Distinct().Order().ToArray();
        foreach (var group in data.SubscriptionEvents.GroupBy(e => e.CustomerId))
        {
            var history = Get(group.Key);
            var byDay = group.GroupBy(e => Day(e.EventDate)).OrderBy(g => g.Key).ToList();
            history.MrrDays = byDay.Select(g => g.Key).ToArray();
            var running = 0m;
            history.MrrAfter = byDay.Select(g => running += g.Sum(e => e.MrrDelta)).ToArray();
            history.ChurnDays = group.Where(e => e.EventType == "CHURN").Select(e => Day(e.EventDate)).Order().ToArray();
        }
        return histories;
    }

    private void BuildOrders(RawDataSet data, Dictionary<string, CustomerHistory> customers)
    {
        var orderNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        Orders = new DayIndex<OrderFact>(data.Orders.Select(o => new OrderFact(
            o,
            new DimKeys(Members.Customer.Find(o.CustomerId), Members.Rep.Find(o.RepId), Members.Product.Find(o.ProductId)),
            Day(o.OrderDate),
            orderNumbers.TryGetValue(o.OrderId, out var n) ? n : orderNumbers[o.OrderId] = orderNumbers.Count,
            customers[o.CustomerId])), f => f.Day);
    }

    private void BuildPipeline(RawDataSet data)
    {
        var probabilities = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var stage in data.Stages)
            probabilities.TryAdd(stage.Stage, stage.Probability);
        var stageDays = data.OpportunityStages.GroupBy(s => s.OpportunityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => Day(s.EnteredAt)).Distinct().Order().ToArray(), StringComparer.Ordinal);
        var opportunities = data.Opportunities.Select(o => new OpportunityFact(
            o,
            new DimKeys(Members.Customer.Find(o.CustomerId), Members.Rep.Find(o.OwnerRepId), Members.Product.Find(o.ProductId)),
            Day(o.CreatedAt),
            Day(o.ClosedAt),
            probabilities.TryGetValue(o.Stage, out var p) ? p : null,
            stageDays.TryGetValue(o.OpportunityId, out var days) ? days : [])).ToList();
        OpportunitiesByCreated = new DayIndex<OpportunityFact>(opportunities, o => o.Created);
        OpportunitiesByClosed = new DayIndex<OpportunityFact>(opportunities, o => o.Closed);
        var byId = new Dictionary<string, OpportunityFact>(StringComparer.Ordinal);
        foreach (var o in opportunities)
            byId.TryAdd(o.Row.OpportunityId, o);
        var quotes = data.Quotes.Select(q => new QuoteFact(
            q,
            byId.TryGetValue(q.OpportunityId, out var o) ? o.Keys with { Channel = -1 } : DimKeys.None,
            Day(q.SentAt),
            Day(q.DecidedAt))).ToList();
        QuotesBySent = new DayIndex<QuoteFact>(quotes, q => q.Sent);
        QuotesByDecided = new DayIndex<QuoteFact>(quotes, q => q.Decided);
    }

    private void BuildLeads(RawDataSet data)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        touched.UnionWith(data.Activities.Select(a => a.LeadId).OfType<string>());
        touched.UnionWith(data.Meetings.Select(m => m.LeadId).OfType<string>());
        var leads = data.Leads.Select(l => new LeadFact(
            l,
            new DimKeys(Rep: Members.Rep.Find(l.OwnerRepId), Channel: Members.ChannelOf(l.Source)),
            Day(l.CreatedAt),
            Day(l.MqlAt),
            Day(l.SqlAt),
            touched.Contains(l.LeadId))).ToList();
        LeadsByCreated = new DayIndex<LeadFact>(leads, l => l.Created);
        LeadsByMql = new DayIndex<LeadFact>(leads, l => l.Mql);
        LeadsBySql = new DayIndex<LeadFact>(leads, l => l.Sql);
    }

    private void BuildActivities(RawDataSet data)
    {
        Activities = new DayIndex<ActivityFact>(data.Activities.Select(a => new ActivityFact(
            a, new DimKeys(Members.Customer.Find(a.CustomerId), Members.Rep.Find(a.RepId)), Day(a.OccurredAt))), a => a.Day);
        var meetings = data.Meetings.Select(m => new MeetingFact(
            m, new DimKeys(Members.Customer.Find(m.CustomerId), Members.Rep.Find(m.RepId)),
            Day(m.InvitedAt), Day(m.ScheduledAt))).ToList();
        MeetingsByInvited = new DayIndex<MeetingFact>(meetings, m => m.Invited);
        MeetingsByScheduled = new DayIndex<MeetingFact>(meetings, m => m.Scheduled);
    }

    private void BuildOthers(RawDataSet data)
    {
        Events = new DayIndex<EventFact>(data.SubscriptionEvents.Select(e => new EventFact(
            e, new DimKeys(Members.Customer.Find(e.CustomerId), DimKeys.NotRelated, Members.Product.Find(e.ProductId)),
            Day(e.EventDate))), e => e.Day);
        Spend = new DayIndex<SpendFact>(data.Spend.Select(s => new SpendFact(
            s, new DimKeys(Rep: DimKeys.NotRelated, Channel: Members.ChannelOf(s.Channel)), Day(s.SpendDate))), s => s.Day);
        Surveys = new DayIndex<SurveyFact>(data.Surveys.Select(s => new SurveyFact(
            s, new DimKeys(Members.Customer.Find(s.CustomerId), DimKeys.NotRelated), Day(s.RespondedAt))), s => s.Day);
        Targets = new DayIndex<TargetFact>(data.Targets.Select(t => new TargetFact(
            t, new DimKeys(Rep: Members.Rep.Find(t.RepId)), Day(t.Month))), t => t.Day);
    }
}
