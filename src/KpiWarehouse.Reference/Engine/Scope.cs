using System.Collections.Concurrent;
using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Engine;

/// <summary>
/// A cell as one KPI sees it: the non-empty date set D and, for each dimension that filters the KPI, which members
/// pass (null = not filtered: every row passes, an empty key too; filtered: a row with an empty key never passes),
/// and the row-level security of the cell: the visible reps, which <see cref="Only"/>, <see cref="Without"/> and
/// <see cref="WithDates"/> always keep (a measure cannot remove RLS).
/// </summary>
internal sealed class Scope(
    ReferenceIndex data, DateSet dates, MemberMask? customer, MemberMask? rep, MemberMask? product, MemberMask? channel,
    MemberMask? security = null, ConcurrentDictionary<MemoKey, object>? memo = null)
{
    // Shared by every scope derived from one cell: KPIs built from the same sub-results (Revenue in YoY, AOV, margin…)
    // compute each once per dates-and-filters combination.
    private readonly ConcurrentDictionary<MemoKey, object> _memo = memo ?? new();

    public ReferenceIndex Data { get; } = data;
    public DateSet Dates { get; } = dates;
    public MemberMask? Customer { get; } = customer;
    public MemberMask? Rep { get; } = rep;
    public MemberMask? Product { get; } = product;
    public MemberMask? Channel { get; } = channel;

    /// <summary>
    /// The reps visible under row-level security (null = no security). Hides the rows of facts related to Rep whose rep
    /// is not visible, an empty rep key included; facts not related to Rep (<see cref="DimKeys.NotRelated"/>) pass.
    /// </summary>
    public MemberMask? Security { get; } = security;

    /// <summary>start = min(D) as a day number.</summary>
    public int Start => Dates.StartDay;

    /// <summary>end = max(D) as a day number.</summary>
    public int End => Dates.EndDay;

    public bool In(int day) => Dates.Contains(day);

    public bool In(int? day) => day is { } d && Dates.Contains(d);

    public bool Passes(DimKeys keys) =>
        Pass(Customer, keys.Customer) && Pass(Rep, keys.Rep) && Pass(Product, keys.Product) && Pass(Channel, keys.Channel)
        && (Security is null || keys.Rep == DimKeys.NotRelated || Security.Passes(keys.Rep));

    /// <summary>The filtered dimension keeping the smallest share of its members, or a null mask when nothing filters.</summary>
    public (Dimension Dimension, MemberMask? Mask) MostSelective()
    {
        (Dimension, MemberMask?) best = (Dimension.Customer, null);
        foreach (var (dimension, mask) in new[] { (Dimension.Customer, Customer), (Dimension.Rep, Rep), (Dimension.Product, Product), (Dimension.Channel, Channel) })
        {
            if (mask is not null && (best.Item2 is null || mask.Share < best.Item2.Share))
                best = (dimension, mask);
        }
        return best;
    }

    public Scope WithDates(DateSet dates) => new(Data, dates, Customer, Rep, Product, Channel, Security, _memo);

    public Scope Without(Dimension dimension) => new(Data, Dates,
        dimension == Dimension.Customer ? null : Customer,
        dimension == Dimension.Rep ? null : Rep,
        dimension == Dimension.Product ? null : Product,
        dimension == Dimension.Channel ? null : Channel, Security, _memo);

    /// <summary>This scope with only the dimensions <paramref name="dims"/> filtering.</summary>
    public Scope Only(IReadOnlyCollection<Dimension> dims) => new(Data, Dates,
        dims.Contains(Dimension.Customer) ? Customer : null,
        dims.Contains(Dimension.Rep) ? Rep : null,
        dims.Contains(Dimension.Product) ? Product : null,
        dims.Contains(Dimension.Channel) ? Channel : null, Security, _memo);

    /// <summary>The value <paramref name="compute"/> gives for this scope's dates and filters, computed once.</summary>
    public TValue Cached<TValue>(object what, Func<TValue> compute) where TValue : notnull =>
        (TValue)_memo.GetOrAdd(new MemoKey(what, Dates, Customer, Rep, Product, Channel, Security), _ => compute());

    /// <summary>The rows of <paramref name="index"/> with their date in D that pass the filters.</summary>
    public IReadOnlyList<T> Rows<T>(DayIndex<T> index) where T : IFact => Cached(index, () => index.In(this).ToArray());

    /// <summary>The rows of <paramref name="index"/> with their date &lt;= end that pass the filters.</summary>
    public IReadOnlyList<T> RowsAsOfEnd<T>(DayIndex<T> index) where T : IFact =>
        Cached((index, "as of end"), () => index.UpTo(this, End).ToArray());

    private static bool Pass(MemberMask? mask, int member) => mask is null || mask.Passes(member);
}

/// <summary>
/// What was computed, for which dates, member masks and security (masks compare by reference: one cell, one mask each;
/// one security mask per set of visible reps).
/// </summary>
internal readonly record struct MemoKey(
    object What, DateSet Dates, MemberMask? Customer, MemberMask? Rep, MemberMask? Product, MemberMask? Channel, MemberMask? Security);
