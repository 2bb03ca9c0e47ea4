using KpiWarehouse.Sample.Randomness;
using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// An opportunity's fate: the stages it goes through, whether and when it closes.
internal sealed partial class SalesSimulation
{
    private static readonly string[] DealTypeCodes = ["NEW_BUSINESS", "UPSELL", "CROSS_SELL", "RENEWAL"];
    private static readonly double[] LostAtWeights = Rng.Cumulative(22, 30, 32, 16);

    private Deal NewDeal(DealType type, int owner, int createdDay, long lead = -1) =>
        new() { Id = ++_nextOpportunity, Type = type, Owner = owner, CreatedDay = createdDay, Lead = lead };

    /// <summary>
    /// Draws the deal's path through the stages over <paramref name="cycleDays"/>: won deals pass every
    /// stage (some skip Qualification, a few fall back from Proposition to Qualification), lost ones stop at
    /// a stage and end in Perdue. A deal whose close would fall after the end of the data is still open, at
    /// the last stage it reached.
    /// </summary>
    private void DecideFate(Deal deal, double winProbability, int cycleDays)
    {
        var path = deal.Path;
        int count;
        if (_rng.Chance(winProbability))
        {
            var regress = _rng.Chance(0.04);
            var skip = !regress && _rng.Chance(0.1);
            count = 0;
            path[count++] = Catalog.Discovery;
            if (!skip)
                path[count++] = Catalog.Qualification;
            path[count++] = Catalog.Proposal;
            if (regress)
            {
                path[count++] = Catalog.Qualification;
                path[count++] = Catalog.Proposal;
            }
            path[count++] = Catalog.Negotiation;
            path[count++] = Catalog.Won;
        }
        else
        {
            var lostAt = _rng.Weighted(LostAtWeights);
            for (count = 0; count <= lostAt; count++)
                path[count] = count;
            path[count++] = Catalog.Lost;
        }
        SpreadDays(deal, count, Math.Max(cycleDays, 2 * (count - 1)));
    }

    private void SpreadDays(Deal deal, int count, int cycleDays)
    {
        var days = deal.Days;
        var step = cycleDays / (count - 1);
        days[0] = deal.CreatedDay;
        for (var i = 1; i < count - 1; i++)
        {
            var day = deal.CreatedDay + i * cycleDays / (count - 1) + _rng.Between(-step / 3, step / 3);
            days[i] = Math.Min(Math.Max(day, days[i - 1] + 1), deal.CreatedDay + cycleDays - (count - 1 - i));
        }
        days[count - 1] = deal.CreatedDay + cycleDays;
        var kept = 0;
        while (kept < count && days[kept] <= SampleCalendar.LastDay)
            kept++;
        deal.Entries = kept;
        if (kept == count)
        {
            deal.Status = deal.Path[count - 1] == Catalog.Won ? DealStatus.Won : DealStatus.Lost;
            deal.CloseDay = days[count - 1];
        }
        else
        {
            deal.Status = DealStatus.Open;
        }
    }

    /// <summary>Writes the opportunity, its stage history, its quotes and the work the owner put in.</summary>
    private void WriteDeal(Deal deal)
    {
        var file = _out.Opportunities;
        file.Id("OPP-", deal.Id, 6);
        CustomerId(file, deal.Customer);
        OptionalId(file, "LEAD-", deal.Lead, 6);
        RepId(file, deal.Owner);
        if (deal.Product < 0)
            file.Empty();
        else
            file.Text(Catalog.Products[deal.Product].Id);
        file.Text(DealTypeCodes[(int)deal.Type]);
        file.Date(deal.CreatedDay);
        var amount = deal.AmountCents;
        var reached = deal.Status == DealStatus.Lost ? deal.Path[deal.Entries - 2] : deal.CurrentStage;
        var hideAmount = deal.Status != DealStatus.Won && reached <= Catalog.Qualification && _rng.Chance(0.1);
        if (hideAmount)
            file.Empty();
        else
            file.Money(amount);
        file.Text(Catalog.Stages[deal.CurrentStage].Name);
        file.Text(deal.Status == DealStatus.Open ? "OPEN" : deal.Status == DealStatus.Won ? "WON" : "LOST");
        if (deal.Status == DealStatus.Open)
            file.Empty();
        else
            file.Date(deal.CloseDay);
        file.Text(deal.Status == DealStatus.Lost ? LostReason() : null);
        file.EndRow();

        for (var i = 0; i < deal.Entries; i++)
        {
            var stages = _out.OpportunityStages;
            stages.Id("OPP-", deal.Id, 6);
            stages.Text(Catalog.Stages[deal.Path[i]].Name);
            stages.Date(deal.Days[i]);
            stages.EndRow();
        }
        WriteQuotes(deal, amount);
        WorkOnDeal(deal);
        if (deal.Status == DealStatus.Won)
        {
            _dealsWon[deal.Owner, SampleCalendar.MonthOf(deal.CloseDay)]++;
            _dealsWon[_reps.Count, SampleCalendar.MonthOf(deal.CloseDay)]++;
        }
    }

    private string? LostReason()
    {
        var u = _rng.Unit();
        return u < 0.15 ? null : u < 0.16 ? Catalog.MultiLineLostReason : _rng.Pick(Catalog.LostReasons);
    }

    /// <summary>Calls, e-mails and meetings of the owner while the deal is open.</summary>
    private void WorkOnDeal(Deal deal)
    {
        var last = deal.LastActiveDay;
        var span = last - deal.CreatedDay;
        var touches = 1 + Math.Min(7, span / 15);
        var role = _reps[deal.Owner].Role;
        for (var i = 0; i < touches; i++)
        {
            var day = SampleCalendar.Workday(deal.CreatedDay + _rng.Below(span + 1));
            var rep = RepOrStandIn(deal.Owner, role, day);
            Touch(rep, WorkTime(day), deal.Lead, AccountOn(deal, day), deal.Id, callShare: 0.5);
        }
        if (_rng.Chance(0.6))
        {
            var day = SampleCalendar.Workday(deal.CreatedDay + _rng.Below(span + 1));
            Meeting(RepOrStandIn(deal.Owner, role, day), deal.Lead, AccountOn(deal, day), WorkTime(day));
        }
    }

    /// <summary>The deal's account when it already exists in the CRM on <paramref name="day"/>, else -1.</summary>
    private int AccountOn(Deal deal, int day) =>
        deal.Customer >= 0 && _customers[deal.Customer].CreatedDay <= day ? deal.Customer : -1;
}
