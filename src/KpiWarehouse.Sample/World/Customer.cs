namespace KpiWarehouse.Sample.World;

internal enum Segment { Smb, Mid, Ent }

/// <summary>An account and its running state while its life is simulated.</summary>
internal sealed class Customer
{
    public required int Index { get; init; }
    public required Segment Segment { get; init; }
    public required int CreatedDay { get; init; }

    /// <summary>The day of the first order, or -1 while the customer has bought nothing.</summary>
    public int FirstOrderDay { get; set; } = -1;

    /// <summary>The account manager (rep index), or -1.</summary>
    public int AccountManager { get; set; } = -1;

    public List<Subscription> Subscriptions { get; } = [];

    /// <summary>Total MRR in cents across products: the sum of every subscription event so far.</summary>
    public long MrrCents { get; set; }

    public bool Churned { get; set; }
    public int ChurnDay { get; set; } = -1;

    /// <summary>The day of the latest subscription event: later events never precede it.</summary>
    public int LastEventDay { get; set; } = int.MinValue;

    public int NextAnniversary { get; set; } = int.MaxValue;

    /// <summary>Months (0..5) at which this customer answers the half-yearly NPS survey.</summary>
    public required int NpsPhase { get; init; }
}

/// <summary>One recurring product of a customer: seats × annual price, MRR = annual value / 12.</summary>
internal sealed class Subscription
{
    public required int Product { get; init; }
    public required int Seats { get; set; }
    public required long PriceCents { get; init; }
    public required int DiscountPct { get; init; }

    /// <summary>MRR in cents of <paramref name="seats"/> seats, rounded half up.</summary>
    public long MrrFor(int seats) => (seats * PriceCents * (100 - DiscountPct) + 600) / 1200;

    public long MrrCents => MrrFor(Seats);
}
