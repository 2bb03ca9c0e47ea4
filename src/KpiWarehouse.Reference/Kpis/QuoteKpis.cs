using KpiWarehouse.Reference.Engine;
using static KpiWarehouse.Reference.Kpis.Blank;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>Catalog section "Quotes" (#33–#36); a quote takes Customer, Rep and Product from its opportunity.</summary>
internal static class QuoteKpis
{
    private const string Section = "Quotes";

    public static IEnumerable<KpiEntry> Entries() =>
    [
        new(33, "Proposals Sent", Section, Dims.CRPr, s => Count(Sent(s).Count())),
        new(34, "Quotes Signed", Section, Dims.CRPr, s => Count(SignedInP(s).Count())),
        new(35, "Quote Acceptance Rate", Section, Dims.CRPr,
            s => Divide(Count(Sent(s).Count(q => q.Row.Status == "SIGNED")), Count(Sent(s).Count()))),
        new(36, "Average Signed Quote Value", Section, Dims.CRPr, AverageSignedQuoteValue),
    ];

    private static IEnumerable<QuoteFact> Sent(Scope s) => s.Rows(s.Data.QuotesBySent);

    private static IEnumerable<QuoteFact> SignedInP(Scope s) =>
        s.Rows(s.Data.QuotesByDecided).Where(q => q.Row.Status == "SIGNED");

    /// <summary>#36: average amount of SIGNED quotes decided in P.</summary>
    private static decimal? AverageSignedQuoteValue(Scope s)
    {
        var amounts = SignedInP(s).Select(q => q.Row.Amount).ToList();
        return Average(amounts.Count, amounts.Sum());
    }
}
