using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Engine;

/// <summary>
/// A cell as one KPI sees it: the non-empty date set D and, for each dimension that filters the KPI, which members
/// pass (null = not filtered: every row passes, an empty key too; filtered: a row with an empty key never passes).
/// </summary>
internal sealed class Scope(ReferenceIndex data, DateSet dates, bool[]? customer, bool[]? rep, bool[]? product, bool[]? channel)
{
    public ReferenceIndex Data { get; } = data;
    public DateSet Dates { get; } = dates;
    public bool[]? Customer { get; } = customer;
    public bool[]? Rep { get; } = rep;
    public bool[]? Product { get; } = product;
    public bool[]? Channel { get; } = channel;

    /// <summary>start = min(D) as a day number.</summary>
    public int Start => Dates.StartDay;

    /// <summary>end = max(D) as a day number.</summary>
    public int End => Dates.EndDay;

    public bool In(int day) => Dates.Contains(day);

    public bool In(int? day) => day is { } d && Dates.Contains(d);

    public bool Passes(DimKeys keys) =>
        Pass(Customer, keys.Customer) && Pass(Rep, keys.Rep) && Pass(Product, keys.Product) && Pass(Channel, keys.Channel);

    public bool PassesCustomer(int member) => Pass(Customer, member);

    public Scope WithDates(DateSet dates) => new(Data, dates, Customer, Rep, Product, Channel);

    public Scope Without(Dimension dimension) => new(Data, Dates,
        dimension == Dimension.Customer ? null : Customer,
        dimension == Dimension.Rep ? null : Rep,
        dimension == Dimension.Product ? null : Product,
        dimension == Dimension.Channel ? null : Channel);

    /// <summary>This scope with only the dimensions <paramref name="dims"/> filtering.</summary>
    public Scope Only(IReadOnlyCollection<Dimension> dims) => new(Data, Dates,
        dims.Contains(Dimension.Customer) ? Customer : null,
        dims.Contains(Dimension.Rep) ? Rep : null,
        dims.Contains(Dimension.Product) ? Product : null,
        dims.Contains(Dimension.Channel) ? Channel : null);

    private static bool Pass(bool[]? mask, int member) => mask is null || (member >= 0 && mask[member]);
}
