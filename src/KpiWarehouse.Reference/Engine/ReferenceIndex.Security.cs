using System.Runtime.CompilerServices;

namespace KpiWarehouse.Reference.Engine;

internal sealed partial class ReferenceIndex
{
    private readonly ConditionalWeakTable<MemberMask, IReadOnlyDictionary<CustomerHistory, int[]>> _orderDaysSeen = new();

    /// <summary>
    /// Each customer's distinct order days (ascending) over the order lines the visible reps of
    /// <paramref name="security"/> sell (an order line with an empty rep is never visible); customers without a
    /// visible order line are absent. The per-customer <see cref="CustomerHistory.OrderDays"/> are over all lines.
    /// </summary>
    public IReadOnlyDictionary<CustomerHistory, int[]> OrderDaysSeenBy(MemberMask security) =>
        _orderDaysSeen.GetValue(security, mask =>
        {
            var secured = new Scope(this, Calendar, null, null, null, null, mask);
            return Orders.UpTo(secured, int.MaxValue).GroupBy(o => o.Customer)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Day).Distinct().Order().ToArray());
        });
}
