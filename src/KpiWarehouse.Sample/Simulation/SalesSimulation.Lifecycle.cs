using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// A customer's life after the first order, month by month: repeat orders, account management, surveys,
// renewals, upsells, churn and reactivation. Subscription events of a customer are chronological.
internal sealed partial class SalesSimulation
{
    private static readonly double[] RepeatOrderRate = [0.4, 0.6, 0.85];
    private static readonly double[] UpsellRate = [0.012, 0.025, 0.04];
    private static readonly double[] MonthlyChurnRate = [0.012, 0.004, 0.0];
    private static readonly double[] RenewalWinRate = [0.86, 0.9, 0.94];
    private readonly List<OrderLine> _lines = [];

    private void LiveCustomers()
    {
        var legacy = _legacyFirstOrder.Count;
        for (var c = 0; c < _customers.Count; c++)
        {
            var customer = _customers[c];
            if (c < legacy)
                LegacyFirstOrder(customer, _legacyFirstOrder[c]);
            if (customer.FirstOrderDay >= 0)
                Live(customer);
            Report("customers: orders, renewals, surveys", c + 1, _customers.Count);
        }
    }

    private void LegacyFirstOrder(Customer customer, int day)
    {
        customer.AccountManager = PickRep(Role.Am, day);
        _lines.Clear();
        var discount = Discount(customer.Segment);
        if (_rng.Chance(0.7))
            _lines.Add(Line(_rng.Chance(0.6) ? Catalog.CrmEssentiel : Catalog.CrmPro, Seats(customer.Segment), discount));
        if (_lines.Count == 0 || _rng.Chance(0.4))
            _lines.Add(Line(Catalog.Terminal, Sized(customer.Segment, 1, 3, 2, 10, 10, 40), discount));
        Order(customer.Index, day, customer.AccountManager, -1, _lines);
        // Their contracts started before the data: the first renewal falls within the first year.
        if (customer.MrrCents > 0)
            customer.NextAnniversary = day + _rng.Between(30, 365);
    }

    private void Live(Customer customer)
    {
        var start = customer.FirstOrderDay;
        var segment = (int)customer.Segment;
        for (var m = SampleCalendar.MonthOf(start); m < SampleCalendar.Months; m++)
        {
            var from = Math.Max(SampleCalendar.FirstDayOf(m), start + 1);
            var to = SampleCalendar.LastDayOf(m);
            if (from > to)
                continue;
            var am = customer.AccountManager;
            if (am < 0 || from > _reps[am].LeaveDay)
                customer.AccountManager = am = PickRep(Role.Am, from);
            var active = !customer.Churned;
            if (_rng.Chance(RepeatOrderRate[segment] * SampleCalendar.Season[m % 12] * (active ? 1 : 0.1)))
                RepeatOrder(customer, Between(from, to));
            for (var n = active ? _rng.Below(3) : 0; n > 0; n--)
            {
                var day = Between(from, to);
                Touch(RepOrStandIn(am, Role.Am, day), WorkTime(day), -1, customer.Index, -1, callShare: 0.45);
            }
            if (active && _rng.Chance(0.08))
            {
                var day = Between(from, to);
                Meeting(RepOrStandIn(am, Role.Am, day), -1, customer.Index, WorkTime(day));
            }
            Surveys(customer, m, from, to);
            SubscriptionStep(customer, m, from, to);
        }
    }

    /// <summary>A working day in [from, to] (the end of the range when it holds none).</summary>
    private int Between(int from, int to)
    {
        var day = SampleCalendar.Workday(_rng.Between(from, to));
        return day > to ? to : day < from ? from : day;
    }

    private void RepeatOrder(Customer customer, int day)
    {
        _lines.Clear();
        var count = _rng.Skewed(1, 7);
        for (var i = 0; i < count; i++)
        {
            var product = _rng.Pick(Catalog.RepeatProducts);
            var quantity = product == Catalog.Rolls ? _rng.Between(2, 40) : Sized(customer.Segment, 1, 2, 1, 5, 2, 12);
            _lines.Add(Line(product, quantity, _rng.Chance(0.7) ? 0 : Discount(customer.Segment)));
        }
        Order(customer.Index, day, RepOrStandIn(customer.AccountManager, Role.Am, day), -1, _lines);
        if (_rng.Chance(0.2))
            Survey(customer.Index, day + _rng.Between(3, 20), "CSAT", CsatScore());
    }

    private void Surveys(Customer customer, int month, int from, int to)
    {
        if (month % 6 == customer.NpsPhase && _rng.Chance(customer.Churned ? 0.15 : 0.45))
            Survey(customer.Index, Between(from, to), "NPS", NpsScore(customer.Churned));
        var settled = customer.CreatedDay < 0 || month - SampleCalendar.MonthOf(customer.FirstOrderDay) >= 4;
        if (settled && month % 12 == customer.Index % 12 && !customer.Churned && _rng.Chance(0.55))
            Survey(customer.Index, Between(from, to), "OUTCOME", _rng.Chance(0.72) ? 1 : 0);
    }
}
