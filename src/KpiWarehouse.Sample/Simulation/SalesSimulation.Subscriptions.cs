using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// The one subscription move a customer can make in a month: reactivate, renew, churn or buy more.
internal sealed partial class SalesSimulation
{
    private static readonly int[] CrossSellProducts =
        [Catalog.Analytics, Catalog.ErpConnector, Catalog.CrmPro, Catalog.Training, Catalog.Integration, Catalog.Terminal];

    private void SubscriptionStep(Customer customer, int month, int from, int to)
    {
        var earliest = Math.Max(from, customer.LastEventDay == int.MinValue ? from : customer.LastEventDay + 1);
        if (earliest > to)
            return;
        var segment = (int)customer.Segment;
        if (customer.Churned)
        {
            if (earliest - customer.ChurnDay >= 60 && _rng.Chance(0.06))
                Reactivate(customer, Between(earliest, to));
            return;
        }
        if (customer.MrrCents > 0 && customer.NextAnniversary <= to)
            Renew(customer, Math.Max(customer.NextAnniversary, earliest));
        else if (customer.MrrCents > 0 && _rng.Chance(MonthlyChurnRate[segment]))
            ChurnCustomer(customer, Between(earliest, to));
        else if (_rng.Chance(UpsellRate[segment]))
            Upsell(customer, Between(earliest, to));
    }

    /// <summary>The yearly renewal deal: won, it invoices the year and may change seats; lost, the customer churns.</summary>
    private void Renew(Customer customer, int day)
    {
        var cycle = _rng.Between(20, 45);
        var owner = RepOrStandIn(customer.AccountManager, Role.Am, day - cycle);
        var deal = NewDeal(DealType.Renewal, owner < 0 ? 0 : owner, day - cycle);
        deal.Customer = customer.Index;
        deal.Product = customer.Subscriptions[0].Product;
        foreach (var subscription in customer.Subscriptions)
            deal.Lines.Add(new OrderLine(subscription.Product, subscription.Seats, subscription.PriceCents, subscription.DiscountPct));
        DecideFate(deal, RenewalWinRate[(int)customer.Segment], cycle);
        WriteDeal(deal);
        if (deal.Status != DealStatus.Won)
        {
            ChurnCustomer(customer, deal.CloseDay);
            return;
        }
        Order(customer.Index, deal.CloseDay, deal.Owner, deal.Id, deal.Lines, subscribe: false);
        customer.NextAnniversary = deal.CloseDay + 365;
        var main = customer.Subscriptions[0];
        var before = main.MrrCents;
        if (_rng.Chance(0.2))
        {
            main.Seats += 1 + main.Seats / _rng.Between(3, 8);
            SubscriptionEvent(customer, main.Product, deal.CloseDay, Expansion, main.MrrCents - before);
        }
        else if (main.Seats >= 2 && _rng.Chance(0.12))
        {
            main.Seats -= Math.Max(1, main.Seats / _rng.Between(4, 10));
            SubscriptionEvent(customer, main.Product, deal.CloseDay, Contraction, main.MrrCents - before);
        }
    }

    /// <summary>An account manager's upsell (more seats) or cross-sell (another product) deal.</summary>
    private void Upsell(Customer customer, int day)
    {
        var owner = RepOrStandIn(customer.AccountManager, Role.Am, day);
        var upsell = customer.Subscriptions.Count > 0 && _rng.Chance(0.5);
        var deal = NewDeal(upsell ? DealType.Upsell : DealType.CrossSell, owner < 0 ? 0 : owner, day);
        deal.Customer = customer.Index;
        var discount = Discount(customer.Segment);
        if (upsell)
        {
            var held = customer.Subscriptions[_rng.Below(customer.Subscriptions.Count)];
            deal.Lines.Add(new OrderLine(held.Product, 1 + held.Seats / 5, held.PriceCents, held.DiscountPct));
        }
        else
        {
            var product = _rng.Pick(CrossSellProducts);
            var quantity = Catalog.Products[product].Recurring ? Seats(customer.Segment) : Sized(customer.Segment, 1, 3, 2, 8, 5, 30);
            deal.Lines.Add(Line(product, quantity, discount));
        }
        deal.Product = deal.Lines[0].Product;
        DecideFate(deal, 0.5 * _reps[deal.Owner].Skill, _rng.Between(10, 60));
        WriteDeal(deal);
        if (deal.Status == DealStatus.Won)
            Order(customer.Index, deal.CloseDay, deal.Owner, deal.Id, deal.Lines);
    }

    private void Reactivate(Customer customer, int day)
    {
        _lines.Clear();
        _lines.Add(Line(Catalog.CrmEssentiel, 1 + Seats(customer.Segment) / 2, Discount(customer.Segment)));
        Order(customer.Index, day, RepOrStandIn(customer.AccountManager, Role.Am, day), -1, _lines);
    }
}
