using KpiWarehouse.Reference.Engine;
using static KpiWarehouse.Reference.Kpis.Blank;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>Catalog section "Pipeline — for business developers" (#16–#32), over opportunities and their stage history.</summary>
internal static class PipelineKpis
{
    private const string Section = "Pipeline";

    public static IEnumerable<KpiEntry> Entries() =>
    [
        new(16, "Opportunities Created", Section, Dims.CRPr, OpportunitiesCreated),
        new(17, "Average Opportunity Value", Section, Dims.CRPr, AverageOpportunityValue),
        new(18, "Opportunities per Customer", Section, Dims.CRPr, s => Divide(OpportunitiesCreated(s), CreatedCustomers(s))),
        new(19, "Deals Won", Section, Dims.CRPr, DealsWon),
        new(20, "Deals Lost", Section, Dims.CRPr, DealsLost),
        new(21, "Win Rate", Section, Dims.CRPr, s => Divide(DealsWon(s), Add(DealsWon(s), DealsLost(s)))),
        new(22, "Win Loss Ratio", Section, Dims.CRPr, s => Divide(DealsWon(s), DealsLost(s))),
        new(23, "Won Revenue", Section, Dims.CRPr, WonRevenue),
        new(24, "Average Deal Size", Section, Dims.CRPr, s => Divide(WonRevenue(s), DealsWon(s))),
        new(25, "Average Sales Cycle Days", Section, Dims.CRPr, AverageSalesCycleDays),
        new(26, "Pipeline Value", Section, Dims.CRPr, PipelineValue),
        new(27, "Weighted Pipeline Value", Section, Dims.CRPr, WeightedPipelineValue),
        new(28, "Active Opportunities", Section, Dims.CRPr, s => OpenAsOfEnd(s, enteredStageInP: true)),
        new(29, "Stagnant Opportunities", Section, Dims.CRPr, s => OpenAsOfEnd(s, enteredStageInP: false)),
        new(30, "Active Stagnant Ratio", Section, Dims.CRPr, s => Divide(OpenAsOfEnd(s, true), OpenAsOfEnd(s, false))),
        new(31, "Close Ratio", Section, Dims.R, s => IfSourceHas(s.Data.OpportunitiesByCreated.AnyVisible(s), Divide(DealsWon(s), LeadKpis.NewLeads(s)))),
        new(32, "Upsell Cross-sell Rate", Section, Dims.CRPr, s => Divide(UpsellCrossSellWon(s), DealsWon(s))),
    ];

    private static IEnumerable<OpportunityFact> Created(Scope s) =>
        s.Rows(s.Data.OpportunitiesByCreated);

    private static IEnumerable<OpportunityFact> Closed(Scope s, string status) =>
        s.Rows(s.Data.OpportunitiesByClosed).Where(o => o.Row.Status == status);

    /// <summary>Opportunities open as of end: created_at &lt;= end and closed_at empty or &gt; end.</summary>
    private static IEnumerable<OpportunityFact> OpenAsOf(Scope s) =>
        s.RowsAsOfEnd(s.Data.OpportunitiesByCreated).Where(o => o.IsOpenAsOf(s.End));

    /// <summary>#16.</summary>
    private static decimal? OpportunitiesCreated(Scope s) => Count(Created(s).Count());

    /// <summary>#17: average non-empty amount of the opportunities created in P.</summary>
    private static decimal? AverageOpportunityValue(Scope s)
    {
        var amounts = Created(s).Select(o => o.Row.Amount).OfType<decimal>().ToList();
        return Average(amounts.Count, amounts.Sum());
    }

    /// <summary>#18's denominator: distinct non-empty customer_id among the opportunities created in P.</summary>
    private static decimal? CreatedCustomers(Scope s) =>
        Count(Created(s).Select(o => o.Row.CustomerId).OfType<string>().Distinct(StringComparer.Ordinal).Count());

    /// <summary>#19.</summary>
    internal static decimal? DealsWon(Scope s) => Count(Closed(s, "WON").Count());

    /// <summary>#20.</summary>
    private static decimal? DealsLost(Scope s) => Count(Closed(s, "LOST").Count());

    /// <summary>#23: Σ non-empty amount of WON opportunities closed in P.</summary>
    private static decimal? WonRevenue(Scope s)
    {
        var amounts = Closed(s, "WON").Select(o => o.Row.Amount).OfType<decimal>().ToList();
        return Sum(amounts.Count, amounts.Sum());
    }

    /// <summary>#25: average calendar days from created_at to closed_at over WON opportunities closed in P.</summary>
    private static decimal? AverageSalesCycleDays(Scope s)
    {
        var days = Closed(s, "WON").Select(o => (decimal)(o.Closed!.Value - o.Created)).ToList();
        return Average(days.Count, days.Sum());
    }

    /// <summary>#26: Σ non-empty amount of the opportunities open as of end.</summary>
    private static decimal? PipelineValue(Scope s)
    {
        var amounts = OpenAsOf(s).Select(o => o.Row.Amount).OfType<decimal>().ToList();
        return Sum(amounts.Count, amounts.Sum());
    }

    /// <summary>#27: Σ amount × current stage probability over status OPEN, created_at &lt;= end (empty amounts add nothing).</summary>
    private static decimal? WeightedPipelineValue(Scope s)
    {
        var weighted = s.RowsAsOfEnd(s.Data.OpportunitiesByCreated)
            .Where(o => o.Row.Status == "OPEN" && o.Row.Amount is not null && o.Probability is not null)
            .Select(o => o.Row.Amount!.Value * o.Probability!.Value).ToList();
        return Sum(weighted.Count, weighted.Sum());
    }

    /// <summary>#28 / #29: open as of end, and did (or did not) enter a stage in P.</summary>
    private static decimal? OpenAsOfEnd(Scope s, bool enteredStageInP) =>
        Count(OpenAsOf(s).Count(o => s.Dates.ContainsAny(o.StageDays) == enteredStageInP));

    /// <summary>#32's numerator: WON in P of type UPSELL or CROSS_SELL.</summary>
    private static decimal? UpsellCrossSellWon(Scope s) =>
        Count(Closed(s, "WON").Count(o => o.Row.Type is "UPSELL" or "CROSS_SELL"));
}
