using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference.Engine;

/// <summary>The accepted rows indexed once by the dates the KPIs read, with their dimension members resolved.</summary>
internal sealed partial class ReferenceIndex
{
    public ReferenceIndex(RawDataSet data, DateSet? calendar)
    {
        Members = new Members(data);
        Calendar = calendar ?? CalendarOf(data);
        var customers = BuildCustomers(data);
        Customers = customers.Values.ToList();
        CustomerByMember = new CustomerHistory[Members.Customer.Count];
        foreach (var history in Customers.Where(h => h.Member >= 0))
            CustomerByMember[history.Member] ??= history;
        // A second accepted row with the same customer_id is a member the facts never name (they resolve to the first).
        for (var i = 0; i < CustomerByMember.Length; i++)
            CustomerByMember[i] ??= new CustomerHistory(data.Customers[i].CustomerId, i);
        BuildOrders(data, customers);
        BuildPipeline(data);
        BuildLeads(data);
        BuildActivities(data);
        BuildOthers(data);
    }

    public Members Members { get; }

    /// <summary>The date table: whole calendar years covering every date of the data.</summary>
    public DateSet Calendar { get; }

    /// <summary>Every customer id seen in customers, orders or subscription events, in first-seen order.</summary>
    public IReadOnlyList<CustomerHistory> Customers { get; }

    /// <summary>The history of each Customer member (every accepted customers.csv row has one).</summary>
    public CustomerHistory[] CustomerByMember { get; }

    public DayIndex<OrderFact> Orders { get; private set; } = null!;
    public DayIndex<OpportunityFact> OpportunitiesByCreated { get; private set; } = null!;
    public DayIndex<OpportunityFact> OpportunitiesByClosed { get; private set; } = null!;
    public DayIndex<QuoteFact> QuotesBySent { get; private set; } = null!;
    public DayIndex<QuoteFact> QuotesByDecided { get; private set; } = null!;
    public DayIndex<LeadFact> LeadsByCreated { get; private set; } = null!;
    public DayIndex<LeadFact> LeadsByMql { get; private set; } = null!;
    public DayIndex<LeadFact> LeadsBySql { get; private set; } = null!;
    public DayIndex<ActivityFact> Activities { get; private set; } = null!;
    public DayIndex<MeetingFact> MeetingsByInvited { get; private set; } = null!;
    public DayIndex<MeetingFact> MeetingsByScheduled { get; private set; } = null!;
    public DayIndex<EventFact> Events { get; private set; } = null!;
    public DayIndex<SpendFact> Spend { get; private set; } = null!;
    public DayIndex<SurveyFact> Surveys { get; private set; } = null!;
    public DayIndex<TargetFact> Targets { get; private set; } = null!;

    /// <summary>
    /// Whole calendar years from the first to the last year of any date of the facts (every date and timestamp column
    /// of every file but customers, products and stages) and of the reps' hire and leave dates.
    /// </summary>
    public static DateSet CalendarOf(RawDataSet data)
    {
        var years = new List<int>();
        void Add(DateOnly? d) { if (d is { } v) years.Add(v.Year); }
        void AddStamp(DateTime? t) { if (t is { } v) years.Add(v.Year); }
        foreach (var r in data.Reps) { Add(r.HireDate); Add(r.LeaveDate); }
        foreach (var l in data.Leads)
        {
            AddStamp(l.CreatedAt); AddStamp(l.MqlAt); AddStamp(l.SqlAt); AddStamp(l.FirstResponseAt);
            AddStamp(l.DisqualifiedAt); AddStamp(l.ConvertedAt);
        }
        foreach (var o in data.Opportunities) { Add(o.CreatedAt); Add(o.ClosedAt); }
        foreach (var s in data.OpportunityStages) Add(s.EnteredAt);
        foreach (var q in data.Quotes) { Add(q.SentAt); Add(q.DecidedAt); }
        foreach (var a in data.Activities) AddStamp(a.OccurredAt);
        foreach (var m in data.Meetings) { AddStamp(m.InvitedAt); AddStamp(m.ScheduledAt); }
        foreach (var o in data.Orders) Add(o.OrderDate);
        foreach (var e in data.SubscriptionEvents) Add(e.EventDate);
        foreach (var s in data.Spend) Add(s.SpendDate);
        foreach (var s in data.Surveys) Add(s.RespondedAt);
        foreach (var t in data.Targets) Add(t.Month);
        return years.Count == 0 ? DateSet.Empty
            : DateSet.Range(new DateOnly(years.Min(), 1, 1), new DateOnly(years.Max(), 12, 31));
    }

    private static int? Day(DateOnly? date) => date?.DayNumber;

    private static int Day(DateOnly date) => date.DayNumber;

    private static int Day(DateTime stamp) => DateOnly.FromDateTime(stamp).DayNumber;

    private static int? Day(DateTime? stamp) => stamp is { } s ? Day(s) : null;
}
