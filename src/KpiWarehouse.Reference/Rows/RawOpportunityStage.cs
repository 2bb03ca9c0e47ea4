using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of opportunity_stages.csv: an opportunity entered a stage on a date.</summary>
public sealed record RawOpportunityStage(string OpportunityId, string Stage, DateOnly EnteredAt)
{
    internal static RawOpportunityStage From(ParsedRow r) =>
        new(r.RequiredText("opportunity_id"), r.RequiredText("stage"), r.RequiredDate("entered_at"));
}
