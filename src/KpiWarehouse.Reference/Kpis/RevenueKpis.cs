using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Engine;
using KpiWarehouse.Reference.Time;
using static KpiWarehouse.Reference.Kpis.Blank;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>Catalog section "Revenue — for the sales director" (#1–#15), over order lines and targets.</summary>
internal static class RevenueKpis
{
    private const string Section = "Revenue";

    public static IEnumerable<KpiEntry> Entries() =>
    [
        new(1, "Revenue", Section, Dims.CRPr, Revenue),
        new(2, "Revenue PY", Section, Dims.CRPr, RevenuePy),
        new(3, "Revenue YoY Growth %", Section, Dims.CRPr, s => Divide(Subtract(Revenue(s), RevenuePy(s)), RevenuePy(s))),
        new(4, "Revenue PM", Section, Dims.CRPr, RevenuePm),
        new(5, "Revenue MoM Growth %", Section, Dims.CRPr, s => Divide(Subtract(Revenue(s), RevenuePm(s)), RevenuePm(s))),
        new(6, "Revenue Share %", Section, Dims.CRPr, s => Divide(Revenue(s), Revenue(s.Without(Dimension.Customer)))),
        new(7, "Units Sold", Section, Dims.CRPr, UnitsSold),
        new(8, "Orders", Section, Dims.CRPr, Orders),
        new(9, "Average Order Value", Section, Dims.CRPr, s => Divide(Revenue(s), Orders(s))),
        new(10, "Gross Profit", Section, Dims.CRPr, GrossProfit),
        new(11, "Gross Margin %", Section, Dims.CRPr, s => Divide(GrossProfit(s), Revenue(s))),
        new(12, "Revenue per Customer", Section, Dims.CRPr, RevenuePerCustomer),
        new(13, "New Customer Revenue", Section, Dims.CRPr, NewCustomerRevenue),
        new(14, "Revenue Target", Section, Dims.R, RevenueTarget),
        new(15, "Revenue Attainment %", Section, Dims.R, s => IfSourceHas(s.Data.Orders.AnyVisible(s), Divide(Revenue(s), RevenueTarget(s)))),
    ];

    /// <summary>#1: Σ line revenue of order lines with order_date in P.</summary>
    public static decimal? Revenue(Scope s)
    {
        var t = Totals(s);
        return Sum(t.Lines, t.Revenue);
    }

    /// <summary>#2: Revenue over SAMEPERIODLASTYEAR(D).</summary>
    private static decimal? RevenuePy(Scope s) => Revenue(s.WithDates(DateShift.SamePeriodLastYear(s.Dates, s.Data.Calendar)));

    /// <summary>#4: Revenue over DATEADD(D, −1, MONTH).</summary>
    private static decimal? RevenuePm(Scope s) =>
        Revenue(s.WithDates(DateShift.DateAdd(s.Dates, -1, ShiftInterval.Month, s.Data.Calendar)));

    /// <summary>#7: Σ quantity (as stored, 4 decimals).</summary>
    private static decimal? UnitsSold(Scope s) => Sum(Totals(s).Lines, Totals(s).Quantity);

    /// <summary>#8: distinct order_id among the order lines in P.</summary>
    private static decimal? Orders(Scope s) =>
        Count(s.Cached("distinct orders", () => s.Rows(s.Data.Orders).Select(o => o.Order).Distinct().Count()));

    /// <summary>#10: Revenue − Σ line cost over the same lines.</summary>
    private static decimal? GrossProfit(Scope s) => Sum(Totals(s).Lines, Totals(s).Revenue - Totals(s).Cost);

    /// <summary>#12: Revenue / distinct customers with an order line in P.</summary>
    public static decimal? RevenuePerCustomer(Scope s) => Divide(Revenue(s),
        Count(s.Cached("distinct customers", () => s.Rows(s.Data.Orders).Select(o => o.Customer).Distinct().Count())));

    /// <summary>#13: revenue of the lines in P whose customer's first order (over all orders) is in P.</summary>
    private static decimal? NewCustomerRevenue(Scope s) => Sum(Totals(s).NewCustomerLines, Totals(s).NewCustomerRevenue);

    /// <summary>The sums the order-line KPIs share, over the lines in P that pass the filters, in one pass.</summary>
    private sealed record OrderTotals(int Lines, decimal Revenue, decimal Cost, decimal Quantity, int NewCustomerLines, decimal NewCustomerRevenue);

    private static OrderTotals Totals(Scope s) => s.Cached(nameof(OrderTotals), () =>
    {
        int lines = 0, newLines = 0;
        decimal revenue = 0m, cost = 0m, quantity = 0m, newRevenue = 0m;
        foreach (var o in s.Data.Orders.In(s))
        {
            lines++;
            revenue += o.Row.LineRevenue;
            cost += o.Row.LineCost;
            quantity += o.Row.Quantity;
            if (s.In(o.Customer.FirstOrderDay))
            {
                newLines++;
                newRevenue += o.Row.LineRevenue;
            }
        }
        return new OrderTotals(lines, revenue, cost, quantity, newLines, newRevenue);
    });

    /// <summary>#14: Σ target of REVENUE targets with month in P; company rows (no rep) only when Rep is not filtered.</summary>
    private static decimal? RevenueTarget(Scope s) => TargetSum(s, "REVENUE");

    internal static decimal? TargetSum(Scope s, string metric)
    {
        var targets = s.Rows(s.Data.Targets).Where(t => t.Row.Metric == metric).Select(t => t.Row.Target).ToList();
        return Sum(targets.Count, targets.Sum());
    }
}
