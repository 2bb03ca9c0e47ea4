using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference.Engine;

/// <summary>An order line with its dimension members and the day numbers the KPIs read.</summary>
internal sealed record OrderFact(RawOrderLine Row, DimKeys Keys, int Day, int Order, CustomerHistory Customer) : IFact;

/// <summary>An opportunity with its members, its current stage's probability and the days it entered a stage.</summary>
internal sealed record OpportunityFact(RawOpportunity Row, DimKeys Keys, int Created, int? Closed, decimal? Probability, int[] StageDays) : IFact
{
    /// <summary>Open as of <paramref name="end"/>: created on or before it and not closed on or before it.</summary>
    public bool IsOpenAsOf(int end) => Created <= end && (Closed is null || Closed > end);
}

/// <summary>A quote with the members of its opportunity.</summary>
internal sealed record QuoteFact(RawQuote Row, DimKeys Keys, int Sent, int? Decided) : IFact;

/// <summary>A lead with its owner and channel, its dates and what the lead KPIs derive from other files.</summary>
internal sealed record LeadFact(RawLead Row, DimKeys Keys, int Created, int? Mql, int? Sql, bool FollowedUp) : IFact
{
    public bool IsConverted => Row.ConvertedAt is not null;
    public bool IsInbound => Row.Direction == "INBOUND";

    /// <summary>Seconds from created_at to first_response_at, or null without a response.</summary>
    public long? ResponseSeconds => Row.FirstResponseAt is { } answered
        ? (answered - Row.CreatedAt).Ticks / TimeSpan.TicksPerSecond : null;
}

/// <summary>An activity with its customer and rep.</summary>
internal sealed record ActivityFact(RawActivity Row, DimKeys Keys, int Day) : IFact;

/// <summary>A meeting with its customer and rep.</summary>
internal sealed record MeetingFact(RawMeeting Row, DimKeys Keys, int Invited, int Scheduled) : IFact;

/// <summary>A subscription event with its customer and product.</summary>
internal sealed record EventFact(RawSubscriptionEvent Row, DimKeys Keys, int Day) : IFact;

/// <summary>A spend row with its channel.</summary>
internal sealed record SpendFact(RawSpend Row, DimKeys Keys, int Day) : IFact;

/// <summary>A survey response with its customer.</summary>
internal sealed record SurveyFact(RawSurvey Row, DimKeys Keys, int Day) : IFact;

/// <summary>A target with its rep (-1 for a company-level target).</summary>
internal sealed record TargetFact(RawTarget Row, DimKeys Keys, int Day) : IFact;
