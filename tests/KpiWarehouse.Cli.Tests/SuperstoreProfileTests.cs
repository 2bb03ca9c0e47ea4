using System.Globalization;
using System.Text.Json.Nodes;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The built-in <c>superstore</c> profile on the real Tableau "Sample - Superstore" file (../shared/datasets, found by
/// <see cref="DatasetFactAttribute"/>): every source row accounted for, zero verification mismatches, and the
/// model's totals equal to sums taken straight from the CSV (docs/profiles/superstore.md).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class SuperstoreProfileTests : IClassFixture<SuperstoreWarehouse>
{
    // Computed from the CSV with Python's csv and decimal modules, independently of kpiw (docs/profiles/superstore.md):
    //   rows = list(csv.DictReader(open("Sample - Superstore.csv", encoding="utf-8-sig", newline="")))
    //   sum(Decimal(r["Sales"]) for r in rows), sum(Decimal(r["Profit"]) ...), len({r["Order ID"] ...}), len({r["Customer ID"] ...})
    //   and the same sums per r["Order Date"][-4:] (the year of the M/D/YYYY date).
    private const int SourceRows = 9994;
    private const decimal SumSales = 2297200.8603m;
    private const decimal SumProfit = 286397.0217m;
    private const int OrderCount = 5009;
    private const int CustomerCount = 793;

    public static TheoryData<int, decimal, decimal> SalesAndProfitPerYear => new()
    {
        { 2016, 484247.4981m, 49543.9741m },
        { 2017, 470532.5090m, 61618.6037m },
        { 2018, 609205.5980m, 81795.1743m },
        { 2019, 733215.2552m, 93439.2696m },
    };

    private readonly SuperstoreWarehouse _warehouse;

    public SuperstoreProfileTests(SuperstoreWarehouse warehouse) => _warehouse = warehouse;

    [DatasetFact(SuperstoreWarehouse.DataSet)]
    public void Load_RealFile_EverySourceRowLoaded_ReadEqualsLoadedPlusQuarantined()
    {
        var source = _warehouse.Manifest()["profile"]!["sources"]!.AsArray().Single()!;

        var read = (long)source["rows_read"]!;
        var loaded = (long)source["rows_loaded"]!;
        var quarantined = (long)source["rows_quarantined_by_profile"]! + (long)source["rows_quarantined_by_load"]!;
        Assert.Equal("Sample - Superstore.csv", (string)source["file"]!);
        Assert.Equal(read, loaded + quarantined);
        Assert.Equal(SourceRows, read);
        Assert.Equal(SourceRows, loaded);
    }

    [DatasetFact(SuperstoreWarehouse.DataSet)]
    public void Verify_RealFile_EveryMeasureAgreesWithTheReference()
    {
        var (exit, output, error) = Kpiw.Run("verify", "--warehouse", _warehouse.Folder, "--report", Path.Combine(_warehouse.Folder, "report"));

        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Matches(@"\n\d{5,} cells checked, 0 mismatches;", output);
    }

    [DatasetFact(SuperstoreWarehouse.DataSet)]
    public void Query_RealFile_RevenueIsSumOfSales_GrossProfitSumOfProfit_OrdersAndCustomersCounted()
    {
        var row = _warehouse.QueryRow(
            "EVALUATE ROW ( \"Revenue\", [Revenue], \"Gross Profit\", [Gross Profit], \"Orders\", [Orders], " +
            "\"Customers\", DISTINCTCOUNT ( 'Sales'[Customer Key] ) )");

        Assert.Equal(SumSales, decimal.Parse(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(SumProfit, decimal.Parse(row[1], CultureInfo.InvariantCulture));
        Assert.Equal(OrderCount, int.Parse(row[2], CultureInfo.InvariantCulture));
        Assert.Equal(CustomerCount, int.Parse(row[3], CultureInfo.InvariantCulture));
    }

    [DatasetTheory(SuperstoreWarehouse.DataSet)]
    [MemberData(nameof(SalesAndProfitPerYear))]
    public void Query_RealFile_RevenueAndGrossProfitOfAYear_AreThatYearsSalesAndProfit(int year, decimal sales, decimal profit)
    {
        var row = _warehouse.QueryRow(
            $"EVALUATE CALCULATETABLE ( ROW ( \"Revenue\", [Revenue], \"Gross Profit\", [Gross Profit] ), 'Date'[Year] = {year} )");

        Assert.Equal(sales, decimal.Parse(row[0], CultureInfo.InvariantCulture));
        Assert.Equal(profit, decimal.Parse(row[1], CultureInfo.InvariantCulture));
    }

    [DatasetFact(SuperstoreWarehouse.DataSet)]
    public void Profile_RealFile_EachCanonicalLineGivesBackItsSourceSalesAndProfit_AtFourDecimals()
    {
        // orders.csv holds one line per source row, in source order (the canonical writer's order).
        var source = SuperstoreWarehouse.ReadCsv(SuperstoreWarehouse.SourceFile);
        var orders = SuperstoreWarehouse.ReadCsv(Path.Combine(_warehouse.Generation, "canonical", "orders.csv"));
        Assert.Equal(source.Count, orders.Count);

        var off = new List<string>();
        for (var i = 0; i < source.Count; i++)
        {
            var s = source[i];
            var o = orders[i];
            Assert.Equal(s["Order ID"], o["order_id"]);
            Assert.Equal(s["Product ID"], o["product_id"]);
            decimal D(IReadOnlyDictionary<string, string> row, string column) => decimal.Parse(row[column], CultureInfo.InvariantCulture);
            decimal Stored(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
            // The load keeps 4 decimals of each input, then rounds the line (fct_sales.sql).
            var revenue = Stored(D(o, "quantity") * Stored(D(o, "unit_price")) * (1 - D(o, "discount_pct")));
            var cost = Stored(D(o, "quantity") * Stored(D(o, "unit_cost")));
            if (revenue != D(s, "Sales") || revenue - cost != D(s, "Profit"))
                off.Add($"Row ID {s["Row ID"]}: revenue {revenue} vs Sales {s["Sales"]}, profit {revenue - cost} vs Profit {s["Profit"]}");
        }
        Assert.Empty(off);
    }
}

/// <summary>The <c>superstore</c> profile on small files written here: the mapping choices, and the guard on prices.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SuperstoreProfileMappingTests : IDisposable
{
    private const string Header =
        "\uFEFFRow ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,City,State,Postal Code,Region," +
        "Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit\r\n";

    private readonly string _root = Directory.CreateTempSubdirectory("kpiw-superstore-small-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Exit, string Output, string Error) Load(string lines)
    {
        Directory.CreateDirectory(Path.Combine(_root, "raw"));
        File.WriteAllText(Path.Combine(_root, "raw", "Sample - Superstore.csv"), Header + lines);
        return Kpiw.Run("load", "--raw", Path.Combine(_root, "raw"), "--warehouse", Path.Combine(_root, "w"), "--profile", "superstore");
    }

    private List<Dictionary<string, string>> Canonical(string file) =>
        SuperstoreWarehouse.ReadCsv(Path.Combine(_root, "w", "generations", "000001", "canonical", file));

    [Fact]
    public void Load_SmallFile_LineNoByRowId_SegmentCoded_CustomerAtFirstOrder_OneTeamPerRegion()
    {
        // Rows out of Row ID order; customer C1 orders in the East first (Order Date), then in the West.
        // P1: 2 at 50 % off for a net 100.5 → unit price 100.5 / (2 × 0.5) = 100.5, unit cost (100.5 + 10.25) / 2 = 55.375.
        var (exit, output, error) = Load(
            "3,O1,3/2/2019,3/4/2019,First Class,C1,Ann Lee,Home Office,United States,Seattle,Washington,98103,West,P1,Furniture,Chairs,\"Chair, red\",100.5,2,0.5,-10.25\r\n" +
            "2,O1,3/2/2019,3/4/2019,First Class,C1,Ann Lee,Home Office,United States,Seattle,Washington,98103,West,P2,Technology,Phones,Phone,30,1,0,12\r\n" +
            "1,O0,1/15/2019,1/19/2019,Standard Class,C1,Ann Lee,Home Office,United States,Boston,Massachusetts,02108,East,P2,Technology,Phones,Phone,60,2,0,24\r\n");

        Assert.True(exit == ExitCodes.Success, output + error);
        var orders = Canonical("orders.csv");
        Assert.Equal(["O1|2|P1|REGION-WEST|100.5|55.375", "O1|1|P2|REGION-WEST|30|18", "O0|1|P2|REGION-EAST|30|18"],
            orders.Select(o => string.Join("|", o["order_id"], o["line_no"], o["product_id"], o["rep_id"], o["unit_price"], o["unit_cost"])));
        var customer = Assert.Single(Canonical("customers.csv"));
        Assert.Equal("C1|Ann Lee|MID|East|Boston|2019-01-15", string.Join("|", customer["customer_id"], customer["customer_name"],
            customer["segment"], customer["region"], customer["city"], customer["created_date"]));
        Assert.Equal(["REGION-WEST|West region (sales team)|MANAGER|West|2019-03-02", "REGION-EAST|East region (sales team)|MANAGER|East|2019-01-15"],
            Canonical("reps.csv").Select(r => string.Join("|", r["rep_id"], r["rep_name"], r["role"], r["region"], r["hire_date"])));
        Assert.Equal(["P1|Furniture|Chairs|100.5|55.375|false", "P2|Technology|Phones|30|18|false"],
            Canonical("products.csv").Select(p => string.Join("|", p["product_id"], p["product_line"], p["category"], p["list_price"], p["unit_cost"], p["is_recurring"])));
    }

    [Fact]
    public void Query_SmallFileWithoutPipeline_RevenueAndProfitFromTheLines_PipelineKpisBlank()
    {
        // Superstore has no opportunities or activities: their (year-partitioned) tables are published empty and
        // must still be readable. Sales 100.5 + 30 + 60 and Profit −10.25 + 12 + 24.
        var (exit, output, error) = Load(
            "1,O1,3/2/2019,3/4/2019,First Class,C1,Ann Lee,Consumer,United States,Seattle,Washington,98103,West,P1,Furniture,Chairs,Chair,100.5,2,0.5,-10.25\r\n" +
            "2,O1,3/2/2019,3/4/2019,First Class,C1,Ann Lee,Consumer,United States,Seattle,Washington,98103,West,P2,Technology,Phones,Phone,30,1,0,12\r\n" +
            "3,O2,5/6/2019,5/9/2019,First Class,C2,Bo Li,Corporate,United States,Austin,Texas,73301,Central,P2,Technology,Phones,Phone,60,2,0,24\r\n");
        Assert.True(exit == ExitCodes.Success, output + error);

        (exit, output, error) = Kpiw.Run("query", "--warehouse", Path.Combine(_root, "w"), "--format", "csv",
            "EVALUATE ROW ( \"Revenue\", [Revenue], \"Gross Profit\", [Gross Profit], \"Orders\", [Orders], \"Deals Won\", [Deals Won], \"Outbound Calls\", [Outbound Calls] )");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal("Revenue,Gross Profit,Orders,Deals Won,Outbound Calls\n190.5,25.75,2,,\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Load_UnitPriceNeedingMoreThanFourDecimals_StopsWithP005NamingTheLine()
    {
        // 3 units at 20 % off for a net 48.896: the unit price 48.896 / 2.4 = 20.3733… has no 4-decimal form, and
        // the warehouse's 4 decimals would give 48.8959 back instead of Sales.
        var (exit, _, error) = Load(
            "1,O1,3/2/2019,3/4/2019,First Class,C1,Ann Lee,Consumer,United States,Seattle,Washington,98103,West,P1,Furniture,Chairs,Chair,48.896,3,0.2,5\r\n");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("KPIW-P005", error, StringComparison.Ordinal);
        Assert.Contains("line 2: the unit price Sales / (Quantity × (1 − Discount)) = 20.373333333333 has more than the 4 decimals", error, StringComparison.Ordinal);
    }
}

/// <summary>The real file loaded once with <c>--profile superstore</c> (the built-in, embedded profile), on first use.</summary>
public sealed class SuperstoreWarehouse : IDisposable
{
    public const string DataSet = "superstore";
    private readonly Lazy<string> _folder;

    /// <summary>The data set's folder (<see cref="Datasets"/>), or null.</summary>
    public static readonly string? DataSetFolder = Datasets.Folder(DataSet);

    public static string SourceFile => Path.Combine(DataSetFolder!, "Sample - Superstore.csv");

    public SuperstoreWarehouse() => _folder = new Lazy<string>(Load);

    public string Folder => _folder.Value;

    public string Generation => Path.Combine(Folder, "generations", (string)Manifest()["generation"]!);

    public JsonNode Manifest()
    {
        var generations = Directory.GetDirectories(Path.Combine(Folder, "generations"));
        return JsonNode.Parse(File.ReadAllText(Path.Combine(generations.Single(), "manifest.json")))!;
    }

    /// <summary>The one data row of a DAX query's CSV result.</summary>
    public string[] QueryRow(string dax)
    {
        var (exit, output, error) = Kpiw.Run("query", "--warehouse", Folder, dax, "--format", "csv");
        Assert.True(exit == ExitCodes.Success, error);
        var lines = output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        return lines[1].Split(',');
    }

    public void Dispose()
    {
        if (_folder.IsValueCreated)
            Directory.Delete(_folder.Value, recursive: true);
    }

    /// <summary>A CSV file as rows of header → value; quoted fields may hold commas and doubled quotes, not line breaks.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0].TrimStart('\uFEFF'));
        return lines.Skip(1).Select(line => header.Zip(Split(line)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                field.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    private string Load()
    {
        var folder = Directory.CreateTempSubdirectory("kpiw-superstore-").FullName;
        var (exit, output, error) = Kpiw.Run("load", "--raw", DataSetFolder!, "--warehouse", folder, "--profile", "superstore");
        Assert.True(exit == ExitCodes.Success, output + error);
        return folder;
    }
}
