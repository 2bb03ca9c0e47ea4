using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

internal enum DealType { NewBusiness, Upsell, CrossSell, Renewal }

internal enum DealStatus { Open, Won, Lost }

/// <summary>An order line: whole quantity, price in cents, discount in whole percent (line revenue exact at 4 decimals).</summary>
internal readonly record struct OrderLine(int Product, int Quantity, long PriceCents, int DiscountPct)
{
    /// <summary>quantity × unit_price × (1 − discount) in ten-thousandths of the currency.</summary>
    public long RevenueTenThousandths => Quantity * PriceCents * (100 - DiscountPct);
}

/// <summary>An opportunity as planned, and its fate: the stages it went through and how it ended.</summary>
internal sealed class Deal
{
    public const int MaxEntries = 8;

    public required long Id { get; init; }
    public required DealType Type { get; init; }
    public required int Owner { get; init; }
    public required int CreatedDay { get; init; }
    public int Customer { get; set; } = -1;
    public long Lead { get; init; } = -1;
    public int Product { get; set; } = -1;
    public List<OrderLine> Lines { get; } = [];

    /// <summary>The stages entered (indexes into <see cref="Catalog.Stages"/>) and their days, strictly increasing.</summary>
    public int[] Path { get; } = new int[MaxEntries];
    public int[] Days { get; } = new int[MaxEntries];

    /// <summary>The entries that happened by the end of the data.</summary>
    public int Entries { get; set; }

    public DealStatus Status { get; set; }
    public int CloseDay { get; set; } = -1;

    public long AmountCents
    {
        get
        {
            long sum = 0;
            foreach (var line in Lines)
                sum += line.RevenueTenThousandths;
            return (sum + 50) / 100;
        }
    }

    public int CurrentStage => Path[Entries - 1];

    /// <summary>The last day anything happened on the deal inside the data.</summary>
    public int LastActiveDay => Status == DealStatus.Open ? SampleCalendar.LastDay : CloseDay;
}
