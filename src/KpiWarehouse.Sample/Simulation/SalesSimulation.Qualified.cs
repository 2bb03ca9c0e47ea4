using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

/// <summary>How a lead's opportunity ended, as far as the lead needs to know.</summary>
internal readonly record struct DealOutcome(bool Won, bool Lost, int CloseDay, int Customer);

// From a sales-qualified lead to a new-business opportunity, and on a win the customer's first order.
internal sealed partial class SalesSimulation
{
    private static readonly double[] WinFactor = [1.1, 1.0, 0.85];

    private DealOutcome? Qualified(long lead, int owner, long sql, Segment segment, int place, string source)
    {
        var sqlDay = SampleCalendar.DayOf(sql);
        var willOpen = _rng.Chance(0.85);
        var planned = willOpen ? _nextOpportunity + 1 : -1;
        var invitedAt = Clip(Math.Max(sql + _rng.Between((int)Minute, (int)(20 * Minute)), WorkTime(SampleCalendar.Workday(sqlDay + _rng.Below(3)))));
        var sdr = RepOrStandIn(owner, Role.Sdr, sqlDay);
        var heldDay = invitedAt == NotYet ? -1 : Meeting(sdr, lead, -1, invitedAt, planned);
        if (heldDay < 0 && willOpen && invitedAt != NotYet && _rng.Chance(0.5))
            heldDay = Meeting(sdr, lead, -1, Clip(WorkTime(SampleCalendar.Workday(SampleCalendar.DayOf(invitedAt) + _rng.Between(3, 10)))), planned, forceHeld: true);
        if (!willOpen)
            return null;
        var created = heldDay >= 0 ? heldDay : SampleCalendar.Workday(sqlDay + _rng.Between(2, 12));
        if (created > SampleCalendar.LastDay)
            return null;

        var bdm = PickRep(Role.Bdm, created);
        if (bdm < 0)
            bdm = 0; // nobody available that day: the head of sales, employed throughout, takes it
        var deal = NewDeal(DealType.NewBusiness, bdm, created, lead);
        var referrer = source == "referral" && _rng.Chance(0.85) ? PickReferrer(created) : -1;
        var channel = referrer >= 0 ? "referral" : _rng.Chance(0.1) ? null : source;
        if (_rng.Chance(0.6))
            deal.Customer = CreateCustomer(segment, created, place, referrer, channel);
        PlanNewBusiness(deal, segment);
        var cycle = segment switch
        {
            Segment.Smb => _rng.Between(15, 60),
            Segment.Mid => _rng.Between(30, 100),
            _ => _rng.Between(60, 180),
        };
        DecideFate(deal, 0.34 * _reps[bdm].Skill * WinFactor[(int)segment] * (referrer >= 0 ? 1.4 : 1), cycle);
        if (deal.Status == DealStatus.Won && deal.Customer < 0)
            deal.Customer = CreateCustomer(segment, deal.CloseDay, place, referrer, channel);
        WriteDeal(deal);
        if (deal.Status != DealStatus.Won)
            return new DealOutcome(false, deal.Status == DealStatus.Lost, deal.CloseDay, -1);

        var orderDay = Math.Clamp(SampleCalendar.Workday(deal.CloseDay + _rng.Between(0, 7)), deal.CloseDay, SampleCalendar.LastDay);
        var customer = _customers[deal.Customer];
        customer.AccountManager = PickRep(Role.Am, orderDay);
        Order(deal.Customer, orderDay, deal.Owner, deal.Id, deal.Lines);
        return new DealOutcome(true, false, deal.CloseDay, deal.Customer);
    }

    /// <summary>A new-business deal: a main product sized to the segment, often with add-ons.</summary>
    private void PlanNewBusiness(Deal deal, Segment segment)
    {
        var main = Catalog.MainProducts[_rng.Weighted(Catalog.MainProductWeights)];
        deal.Product = _rng.Chance(0.03) ? -1 : main;
        var discount = Discount(segment);
        var product = Catalog.Products[main];
        var quantity = product.Recurring ? Seats(segment)
            : product.Kind == ProductKind.Hardware ? Sized(segment, 1, 4, 4, 20, 20, 80)
            : Sized(segment, 1, 4, 3, 12, 10, 40);
        deal.Lines.Add(Line(main, quantity, discount));
        if (product.Kind == ProductKind.Crm)
        {
            if (_rng.Chance(0.35))
                deal.Lines.Add(Line(Catalog.Analytics, Math.Max(1, quantity / 2), discount));
            if (_rng.Chance(0.4))
                deal.Lines.Add(Line(Catalog.Training, 1 + quantity / 25, 0));
            if (_rng.Chance(0.25))
                deal.Lines.Add(new OrderLine(Catalog.StarterKit, 1, 0, 0));
        }
        else if (product.Kind == ProductKind.Hardware)
        {
            if (_rng.Chance(0.6))
                deal.Lines.Add(Line(Catalog.Scanner, quantity, discount));
            if (_rng.Chance(0.5))
                deal.Lines.Add(Line(Catalog.Rolls, _rng.Between(2, 20), 0));
            if (_rng.Chance(0.3))
                deal.Lines.Add(Line(Catalog.CrmEssentiel, quantity + 1, discount));
        }
    }

    /// <summary>A line at list price (sometimes a negotiated special price), with whole quantities.</summary>
    private OrderLine Line(int product, int quantity, int discountPct)
    {
        var price = Catalog.Products[product].ListCents;
        if (_rng.Chance(0.03))
            price = price * _rng.Between(90, 97) / 100;
        return new OrderLine(product, quantity, price, discountPct);
    }

    private int Seats(Segment segment) => Sized(segment, 2, 10, 10, 60, 60, 300);

    private int Sized(Segment segment, int smbLow, int smbHigh, int midLow, int midHigh, int entLow, int entHigh) => segment switch
    {
        Segment.Smb => _rng.Between(smbLow, smbHigh),
        Segment.Mid => _rng.Between(midLow, midHigh),
        _ => _rng.Between(entLow, entHigh),
    };

    private int Discount(Segment segment) => segment switch
    {
        Segment.Smb => _rng.Chance(0.5) ? 0 : _rng.Between(2, 8),
        Segment.Mid => _rng.Between(3, 15),
        _ => _rng.Between(8, 25),
    };
}
