using KpiWarehouse.Reference.Engine;
using static KpiWarehouse.Reference.Kpis.Blank;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>Catalog section "Leads &amp; marketing" (#37–#55): leads, spend and newly acquired customers.</summary>
internal static class LeadKpis
{
    private const string Section = "Leads";
    private const long FiveMinutes = 5 * 60;

    public static IEnumerable<KpiEntry> Entries() =>
    [
        new(37, "New Leads", Section, Dims.RCh, NewLeads),
        new(38, "Inbound Leads", Section, Dims.RCh, InboundLeads),
        new(39, "Outbound Leads", Section, Dims.RCh, OutboundLeads),
        new(40, "Inbound Outbound Ratio", Section, Dims.RCh, s => Divide(InboundLeads(s), OutboundLeads(s))),
        new(41, "MQLs", Section, Dims.RCh, s => Count(Mqls(s).Count())),
        new(42, "SQLs", Section, Dims.RCh, s => Count(Sqls(s).Count())),
        new(43, "Lead Conversion Rate", Section, Dims.RCh, s => Divide(Count(Created(s).Count(l => l.IsConverted)), NewLeads(s))),
        new(44, "MQL to Customer Rate", Section, Dims.RCh, s => Divide(Count(Mqls(s).Count(l => l.IsConverted)), Count(Mqls(s).Count()))),
        new(45, "SQL to Customer Rate", Section, Dims.RCh, s => Divide(Count(Sqls(s).Count(l => l.IsConverted)), Count(Sqls(s).Count()))),
        new(46, "Lead Follow-up Rate", Section, Dims.RCh, s => IfSourceHas(s.Data.Activities.AnyVisible(s) || s.Data.MeetingsByInvited.AnyVisible(s),
            Divide(Count(Created(s).Count(l => l.FollowedUp)), NewLeads(s)))),
        new(47, "Average Lead Response Hours", Section, Dims.RCh, AverageLeadResponseHours),
        new(48, "Leads Answered in 5 Min %", Section, Dims.RCh,
            s => Divide(Count(Inbound(s).Count(l => l.ResponseSeconds <= FiveMinutes)), InboundLeads(s))),
        new(49, "Marketing Spend", Section, Dims.Ch, MarketingSpend),
        new(50, "Sales Spend", Section, Dims.Ch, SalesSpend),
        new(51, "Cost per Lead", Section, Dims.Ch, s => IfSourceHas(s.Data.Spend.AnyVisible(s), Divide(MarketingSpend(s), NewLeads(s)))),
        new(52, "New Customers", Section, Dims.C, NewCustomers),
        new(53, "Customer Acquisition Cost", Section, Dims.None,
            s => IfSourceHas(s.Data.Spend.AnyVisible(s), Divide(Add(MarketingSpend(s), SalesSpend(s)), NewCustomers(s)))),
        new(54, "Cost per Acquisition", Section, Dims.None, s => IfSourceHas(s.Data.Spend.AnyVisible(s), Divide(MarketingSpend(s), NewCustomers(s)))),
        new(55, "Referral Customers", Section, Dims.C, s => Count(NewCustomerList(s).Count(c => c.IsReferred))),
    ];

    private static IEnumerable<LeadFact> Created(Scope s) => s.Rows(s.Data.LeadsByCreated);

    private static IEnumerable<LeadFact> Inbound(Scope s) => Created(s).Where(l => l.IsInbound);

    private static IEnumerable<LeadFact> Mqls(Scope s) => s.Rows(s.Data.LeadsByMql);

    private static IEnumerable<LeadFact> Sqls(Scope s) => s.Rows(s.Data.LeadsBySql);

    /// <summary>#37: leads with created_at in P.</summary>
    internal static decimal? NewLeads(Scope s) => Count(Created(s).Count());

    private static decimal? InboundLeads(Scope s) => Count(Inbound(s).Count());

    private static decimal? OutboundLeads(Scope s) => Count(Created(s).Count(l => !l.IsInbound));

    /// <summary>#47: exact hours (seconds / 3600) from created_at to first_response_at, INBOUND leads created in P that have one.</summary>
    private static decimal? AverageLeadResponseHours(Scope s)
    {
        var seconds = Inbound(s).Select(l => l.ResponseSeconds).OfType<long>().ToList();
        return Average(seconds.Count, seconds.Sum()) / 3600m;
    }

    private static decimal? MarketingSpend(Scope s) => SpendSum(s, "MARKETING");

    private static decimal? SalesSpend(Scope s) => SpendSum(s, "SALES");

    private static decimal? SpendSum(Scope s, string category)
    {
        var amounts = s.Rows(s.Data.Spend).Where(x => x.Row.Category == category)
            .Select(x => x.Row.Amount).ToList();
        return Sum(amounts.Count, amounts.Sum());
    }

    /// <summary>#52: accepted customers whose first order date (over all orders) is in P.</summary>
    internal static decimal? NewCustomers(Scope s) => Count(NewCustomerList(s).Count());

    private static IEnumerable<CustomerHistory> NewCustomerList(Scope s) =>
        (s.Customer is null ? s.Data.CustomerByMember : s.Customer.Selected.Select(m => s.Data.CustomerByMember[m]))
        .Where(c => s.In(c.FirstOrderDay));
}
