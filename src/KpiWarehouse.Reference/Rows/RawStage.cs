using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of stages.csv.</summary>
public sealed record RawStage(string Stage, int SortOrder, decimal Probability)
{
    internal static RawStage From(ParsedRow r) =>
        new(r.RequiredText("stage"), r.RequiredInt("sort_order"), Money.Stored(r.RequiredDecimal("probability")));
}
