using KpiWarehouse.Sample.Randomness;
using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// Accounts: the ones the CRM already held before 2022 and the ones the funnel creates.
internal sealed partial class SalesSimulation
{
    private static readonly string[] SegmentCodes = ["SMB", "MID", "ENT"];
    private static readonly double[] SegmentWeights = Rng.Cumulative(55, 32, 13);
    private static readonly string[] AllChannels =
        ["web", "paid_search", "referral", "event", "partner", "cold_call", "cold_email"];

    /// <summary>Legacy customers' first order (in this data) falls in the first half of 2022.</summary>
    private readonly List<int> _legacyFirstOrder = [];

    private void CreateLegacyCustomers()
    {
        for (var i = 0; i < _size.LegacyCustomers; i++)
        {
            var segment = (Segment)_rng.Weighted(SegmentWeights);
            var place = _rng.Weighted(Geography.PlaceWeights);
            var created = -_rng.Between(30, 1460);
            var referrer = i > 5 && _rng.Chance(0.05) ? _rng.Below(i) : -1;
            var channel = _rng.Chance(0.5) ? null : _rng.Pick(AllChannels);
            if (referrer >= 0)
                channel = "referral";
            CreateCustomer(segment, created, place, referrer, channel);
            _legacyFirstOrder.Add(SampleCalendar.Workday(_rng.Between(2, 170)));
        }
    }

    /// <summary>Writes a new account and returns its index.</summary>
    private int CreateCustomer(Segment segment, int createdDay, int place, int referredBy, string? channel)
    {
        var customer = new Customer
        {
            Index = _customers.Count, Segment = segment, CreatedDay = createdDay, NpsPhase = _rng.Below(6),
        };
        _customers.Add(customer);
        var where = Geography.Places[place];
        var file = _out.Customers;
        CustomerId(file, customer.Index);
        file.Text(Names.Company(_rng));
        file.Text(SegmentCodes[(int)segment]);
        file.Text(_rng.Chance(0.08) ? null : _rng.Pick(Geography.Industries));
        file.Text(where.Country);
        file.Text(where.Region);
        file.Text(_rng.Chance(0.05) ? null : _rng.Pick(where.Cities));
        file.Date(createdDay);
        CustomerId(file, referredBy);
        file.Text(channel);
        file.EndRow();
        return customer.Index;
    }

    /// <summary>A customer created before <paramref name="day"/> that can refer a new one, or -1.</summary>
    private int PickReferrer(int day)
    {
        for (var attempt = 0; attempt < 4 && _customers.Count > 0; attempt++)
        {
            var candidate = _rng.Below(_customers.Count);
            if (_customers[candidate].CreatedDay < day)
                return candidate;
        }
        return -1;
    }
}
