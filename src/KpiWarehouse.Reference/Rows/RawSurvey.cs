using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of surveys.csv.</summary>
public sealed record RawSurvey(string ResponseId, string CustomerId, DateOnly RespondedAt, string SurveyType, int Score)
{
    internal static RawSurvey From(ParsedRow r) => new(
        r.RequiredText("response_id"), r.RequiredText("customer_id"), r.RequiredDate("responded_at"),
        r.RequiredText("survey_type"), r.RequiredInt("score"));
}
