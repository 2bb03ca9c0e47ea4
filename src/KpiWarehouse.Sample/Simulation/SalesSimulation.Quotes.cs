using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// Quotes follow the stage history: one is sent each time the deal enters Proposition.
internal sealed partial class SalesSimulation
{
    /// <summary>
    /// A quote at each Proposition entry. An earlier one was rejected when the deal fell back to
    /// Qualification; sometimes a first, dearer quote was rejected or expired and a second one sent. The
    /// last quote matches the deal: signed on the close day of a won deal at its amount, rejected or expired
    /// when lost, still SENT while open.
    /// </summary>
    private void WriteQuotes(Deal deal, long amountCents)
    {
        var last = -1;
        for (var i = 0; i < deal.Entries; i++)
        {
            if (deal.Path[i] == Catalog.Proposal)
                last = i;
        }
        if (last < 0)
            return;
        for (var i = 0; i < last; i++)
        {
            if (deal.Path[i] == Catalog.Proposal)
                Quote(deal.Id, deal.Days[i], amountCents * _rng.Between(104, 112) / 100, "REJECTED", deal.Days[i + 1]);
        }
        var sent = deal.Days[last];
        if (last + 1 < deal.Entries && deal.Path[last + 1] == Catalog.Qualification)
        {
            Quote(deal.Id, sent, amountCents * _rng.Between(104, 112) / 100, "REJECTED", deal.Days[last + 1]);
            return;
        }
        var nextDay = last + 1 < deal.Entries ? deal.Days[last + 1] : SampleCalendar.LastDay;
        if (nextDay > sent + 1 && _rng.Chance(0.25))
        {
            var decided = _rng.Between(sent + 1, nextDay);
            Quote(deal.Id, sent, amountCents * _rng.Between(104, 115) / 100, _rng.Chance(0.6) ? "REJECTED" : "EXPIRED", decided);
            sent = decided;
        }
        switch (deal.Status)
        {
            case DealStatus.Won:
                Quote(deal.Id, sent, amountCents, "SIGNED", deal.CloseDay);
                break;
            case DealStatus.Lost:
                Quote(deal.Id, sent, amountCents, _rng.Chance(0.65) ? "REJECTED" : "EXPIRED", deal.CloseDay);
                break;
            default:
                Quote(deal.Id, sent, amountCents, "SENT", -1);
                break;
        }
    }

    private void Quote(long opportunity, int sentDay, long amountCents, string status, int decidedDay)
    {
        var file = _out.Quotes;
        file.Id("Q-", ++_nextQuote, 6);
        file.Id("OPP-", opportunity, 6);
        file.Date(sentDay);
        file.Money(amountCents);
        file.Text(status);
        if (decidedDay < 0)
            file.Empty();
        else
            file.Date(decidedDay);
        file.EndRow();
    }
}
