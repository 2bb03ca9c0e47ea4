using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>
/// The raw rows the load accepted, typed per entity: every row of the canonical files minus the quarantined ones
/// (and minus the rows the reference itself cannot read, each listed in <see cref="Findings"/>).
/// </summary>
public sealed record RawDataSet
{
    /// <summary>reps.csv.</summary>
    public IReadOnlyList<RawRep> Reps { get; init; } = [];
    /// <summary>customers.csv.</summary>
    public IReadOnlyList<RawCustomer> Customers { get; init; } = [];
    /// <summary>products.csv.</summary>
    public IReadOnlyList<RawProduct> Products { get; init; } = [];
    /// <summary>stages.csv.</summary>
    public IReadOnlyList<RawStage> Stages { get; init; } = [];
    /// <summary>leads.csv.</summary>
    public IReadOnlyList<RawLead> Leads { get; init; } = [];
    /// <summary>opportunities.csv.</summary>
    public IReadOnlyList<RawOpportunity> Opportunities { get; init; } = [];
    /// <summary>opportunity_stages.csv.</summary>
    public IReadOnlyList<RawOpportunityStage> OpportunityStages { get; init; } = [];
    /// <summary>quotes.csv.</summary>
    public IReadOnlyList<RawQuote> Quotes { get; init; } = [];
    /// <summary>activities.csv.</summary>
    public IReadOnlyList<RawActivity> Activities { get; init; } = [];
    /// <summary>meetings.csv.</summary>
    public IReadOnlyList<RawMeeting> Meetings { get; init; } = [];
    /// <summary>orders.csv.</summary>
    public IReadOnlyList<RawOrderLine> Orders { get; init; } = [];
    /// <summary>subscription_events.csv.</summary>
    public IReadOnlyList<RawSubscriptionEvent> SubscriptionEvents { get; init; } = [];
    /// <summary>marketing_spend.csv.</summary>
    public IReadOnlyList<RawSpend> Spend { get; init; } = [];
    /// <summary>surveys.csv.</summary>
    public IReadOnlyList<RawSurvey> Surveys { get; init; } = [];
    /// <summary>targets.csv.</summary>
    public IReadOnlyList<RawTarget> Targets { get; init; } = [];

    /// <summary>Per file: rows read, quarantined, skipped and accepted, in the contract's entity order.</summary>
    public IReadOnlyList<RawFileStats> Files { get; init; } = [];

    /// <summary>Rows the load accepted that the reference could not read (KPIW-R01x), in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];
}
