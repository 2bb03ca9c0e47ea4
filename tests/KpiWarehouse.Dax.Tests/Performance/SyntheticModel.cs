using System.Globalization;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Tests.Semantics;

namespace KpiWarehouse.Dax.Tests.Performance;

/// <summary>
/// A deterministic star of the size of the scale-1 warehouse: 300,000 sales lines over three years,
/// 2,000 customers, 20 reps, 50 products, with measures shaped like the catalog's.
/// </summary>
internal static class SyntheticModel
{
    public static SemanticModel Build(int salesRows)
    {
        var random = new Random(42);
        var from = new DateOnly(2022, 1, 1);
        var days = new DateOnly(2024, 12, 31).DayNumber - from.DayNumber + 1;
        var builder = new ModelBuilder();
        builder.AddTable("Date", TestModel.Calendar(from, new DateOnly(2024, 12, 31)));
        builder.MarkAsDateTable("Date", "Date");
        builder.AddTable("Rep", Dimension("Rep", 20, ("Rep Name", i => $"Rep {i:D2}"), ("Region", i => i % 3 == 0 ? "EMEA" : "AMER")));
        builder.AddTable("Customer", Dimension("Customer", 2000, ("Customer Name", i => $"Customer {i:D4}"), ("Segment", i => i % 4 == 0 ? "ENTERPRISE" : "SMB")));
        builder.AddTable("Product", Dimension("Product", 50, ("Product Name", i => $"Product {i:D2}"), ("Category", i => $"CAT{i % 5}")));
        var orderDate = new DateOnly?[salesRows];
        var orderId = new string?[salesRows];
        var customer = new long?[salesRows];
        var rep = new long?[salesRows];
        var product = new long?[salesRows];
        var quantity = new decimal?[salesRows];
        var revenue = new decimal?[salesRows];
        var cost = new decimal?[salesRows];
        for (var i = 0; i < salesRows; i++)
        {
            orderDate[i] = from.AddDays(random.Next(days));
            orderId[i] = "O" + (i / 3).ToString("D7", CultureInfo.InvariantCulture);
            customer[i] = random.Next(2001);
            rep[i] = random.Next(1, 21);
            product[i] = random.Next(1, 51);
            quantity[i] = random.Next(1, 10);
            revenue[i] = Math.Round((decimal)random.NextDouble() * 1000, 4);
            cost[i] = Math.Round(revenue[i]!.Value * 0.6m, 4);
        }
        builder.AddTable("Sales",
        [
            ColumnData.String("Order Id", orderId), ColumnData.Date("Order Date", orderDate),
            ColumnData.Integer("Customer Key", customer), ColumnData.Integer("Rep Key", rep), ColumnData.Integer("Product Key", product),
            ColumnData.Currency("Quantity", quantity), ColumnData.Currency("Revenue Amount", revenue), ColumnData.Currency("Cost Amount", cost),
        ]);
        builder.AddRelationship("Sales", "Order Date", "Date", "Date");
        builder.AddRelationship("Sales", "Customer Key", "Customer", "Customer Key");
        builder.AddRelationship("Sales", "Rep Key", "Rep", "Rep Key");
        builder.AddRelationship("Sales", "Product Key", "Product", "Product Key");
        foreach (var (name, expression) in Measures) builder.AddMeasure("Sales", name, expression);
        return builder.Build().Model!;
    }

    public static readonly (string Name, string Expression)[] Measures =
    [
        ("Revenue", "SUM ( 'Sales'[Revenue Amount] )"),
        ("Revenue PY", "CALCULATE ( [Revenue], SAMEPERIODLASTYEAR ( 'Date'[Date] ) )"),
        ("Revenue YoY Growth %", "DIVIDE ( [Revenue] - [Revenue PY], [Revenue PY] )"),
        ("Revenue PM", "CALCULATE ( [Revenue], DATEADD ( 'Date'[Date], -1, MONTH ) )"),
        ("Revenue Share %", "DIVIDE ( [Revenue], CALCULATE ( [Revenue], REMOVEFILTERS ( 'Customer' ) ) )"),
        ("Units Sold", "SUM ( 'Sales'[Quantity] )"),
        ("Orders", "DISTINCTCOUNT ( 'Sales'[Order Id] )"),
        ("Average Order Value", "DIVIDE ( [Revenue], [Orders] )"),
        ("Gross Profit", "[Revenue] - SUM ( 'Sales'[Cost Amount] )"),
        ("Enterprise Revenue", "CALCULATE ( [Revenue], KEEPFILTERS ( 'Customer'[Segment] = \"ENTERPRISE\" ) )"),
    ];

    private static ColumnData[] Dimension(string name, int count, params (string Column, Func<int, string> Value)[] attributes)
    {
        var keys = Enumerable.Range(1, count).Select(i => (long?)i).ToArray();
        return [ColumnData.Integer(name + " Key", keys), .. attributes.Select(a => ColumnData.String(a.Column, keys.Select(k => (string?)a.Value((int)k!.Value)).ToArray()))];
    }
}
