using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// Invoiced orders and the subscription events their recurring lines cause.
internal sealed partial class SalesSimulation
{
    private const string New = "NEW", Expansion = "EXPANSION", Contraction = "CONTRACTION", Churn = "CHURN", Reactivation = "REACTIVATION";

    /// <summary>Writes an order's lines, counts its revenue for the targets, and starts or grows subscriptions.</summary>
    private void Order(int customer, int day, int rep, long opportunity, List<OrderLine> lines, bool subscribe = true)
    {
        var id = ++_nextOrder;
        var month = SampleCalendar.MonthOf(day);
        var lineRep = rep >= 0 && _rng.Chance(0.04) ? -1 : rep;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var product = Catalog.Products[line.Product];
            var file = _out.Orders;
            file.Id("ORD-", id, 6);
            file.Int(i + 1);
            file.Date(day);
            CustomerId(file, customer);
            file.Text(product.Id);
            RepId(file, lineRep);
            OptionalId(file, "OPP-", opportunity, 6);
            file.Int(line.Quantity);
            file.Money(line.PriceCents);
            if (line.DiscountPct == 0 && _rng.Chance(0.1))
                file.Empty();
            else
                file.Hundredths(line.DiscountPct);
            file.Money(product.CostCents);
            file.EndRow();
            var revenueCents = (line.RevenueTenThousandths + 50) / 100;
            if (lineRep >= 0)
                _revenueCents[lineRep, month] += revenueCents;
            _revenueCents[_reps.Count, month] += revenueCents;
        }
        var account = _customers[customer];
        if (account.FirstOrderDay < 0)
            account.FirstOrderDay = day;
        if (subscribe)
            Subscribe(account, day, lines);
    }

    /// <summary>
    /// Recurring lines become subscriptions: NEW for a first subscriber, REACTIVATION after a churn,
    /// EXPANSION otherwise (more seats of a product already held, or another product).
    /// </summary>
    private void Subscribe(Customer customer, int day, List<OrderLine> lines)
    {
        var type = customer.Churned ? Reactivation : customer.MrrCents == 0 ? New : Expansion;
        foreach (var line in lines)
        {
            if (!Catalog.Products[line.Product].Recurring)
                continue;
            var held = customer.Subscriptions.Find(s => s.Product == line.Product);
            if (held is null)
            {
                held = new Subscription { Product = line.Product, Seats = line.Quantity, PriceCents = line.PriceCents, DiscountPct = line.DiscountPct };
                customer.Subscriptions.Add(held);
                SubscriptionEvent(customer, line.Product, day, type, held.MrrCents);
            }
            else
            {
                var before = held.MrrCents;
                held.Seats += line.Quantity;
                SubscriptionEvent(customer, line.Product, day, type == New ? Expansion : type, held.MrrCents - before);
            }
        }
        if (customer.MrrCents > 0)
        {
            customer.Churned = false;
            if (customer.NextAnniversary == int.MaxValue)
                customer.NextAnniversary = day + 365;
        }
    }

    /// <summary>Ends every subscription: other products are cancelled a little before, the last one churns to 0.</summary>
    private void ChurnCustomer(Customer customer, int day)
    {
        var subscriptions = customer.Subscriptions;
        var earliest = customer.LastEventDay + 1;
        var contractionDay = Math.Max(earliest, day - _rng.Between(5, 40));
        var withoutProduct = (subscriptions.Count > 1 && (contractionDay >= day || _rng.Chance(0.4))) || _rng.Chance(0.04);
        if (!withoutProduct)
        {
            for (var i = 0; i < subscriptions.Count - 1; i++)
                SubscriptionEvent(customer, subscriptions[i].Product, contractionDay, Contraction, -subscriptions[i].MrrCents);
        }
        // An export that does not say which product a churn ends: the whole MRR, no product.
        SubscriptionEvent(customer, withoutProduct ? -1 : subscriptions[^1].Product, day, Churn, -customer.MrrCents);
        subscriptions.Clear();
        customer.Churned = true;
        customer.ChurnDay = day;
        customer.NextAnniversary = int.MaxValue;
    }

    private void SubscriptionEvent(Customer customer, int product, int day, string type, long deltaCents)
    {
        if (deltaCents == 0)
            return;
        if (day < customer.LastEventDay || customer.MrrCents + deltaCents < 0)
            throw new InvalidOperationException($"Subscription events of customer {customer.Index} out of order or negative.");
        customer.MrrCents += deltaCents;
        customer.LastEventDay = day;
        var file = _out.SubscriptionEvents;
        file.Id("SUB-", ++_nextEvent, 6);
        CustomerId(file, customer.Index);
        if (product < 0)
            file.Empty();
        else
            file.Text(Catalog.Products[product].Id);
        file.Date(day);
        file.Text(type);
        file.Money(deltaCents);
        file.EndRow();
    }
}
