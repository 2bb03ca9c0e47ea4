using System.Globalization;
using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// <c>kpiw query</c> end to end: the committed sample loaded for real, the model generated from the warehouse, DAX
/// evaluated by the project's engine — checked against totals computed here straight from the raw CSV.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class QueryCommandTests : IDisposable
{
    private static readonly string Sample = RepoFiles.Sample;
    private readonly string _warehouse = Directory.CreateTempSubdirectory("kpiw-query-").FullName;

    public QueryCommandTests()
    {
        var (exit, _, error) = Kpiw.Run([LoadCommand.Create()], ["load", "--raw", Sample, "--warehouse", _warehouse]);
        Assert.True(exit == ExitCodes.Success, error);
    }

    public void Dispose() => Directory.Delete(_warehouse, recursive: true);

    [Fact]
    public void Query_RevenueAndOrdersOfTheSample_EqualSumsOverTheRawOrders_AsInvariantCsv()
    {
        var (revenue, orders) = RawTotals();

        var (exit, output, error) = Query("EVALUATE ROW ( \"Revenue\", [Revenue], \"Orders\", [Orders] )", "--format", "csv");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal($"Revenue,Orders\n{revenue.ToString(CultureInfo.InvariantCulture)},{orders}\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Query_Malformed_OneLineWithTheDaxCodeAndPosition()
    {
        var (exit, output, error) = Query("EVALUATE ROW ( \"x\", 1 + )");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Matches(@"query line 1, column \d+: DAX\d{4}: ", error);
    }

    [Fact]
    public void Query_UnknownMeasure_OneLineNamingIt()
    {
        var (exit, _, error) = Query("EVALUATE ROW ( \"x\", [Revenu] )");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("Revenu", error, StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Error) Query(string dax, params string[] more) =>
        Kpiw.Run([QueryCommand.Create()], ["query", "--warehouse", _warehouse, dax, .. more]);

    /// <summary>Σ round(quantity × unit_price × (1 − discount_pct), 4) and distinct order ids, read from orders.csv.</summary>
    private static (decimal Revenue, int Orders) RawTotals()
    {
        var lines = File.ReadAllLines(Path.Combine(Sample, "orders.csv"));
        var header = lines[0].Split(',').ToList();
        int At(string column) => header.IndexOf(column);
        var revenue = 0m;
        var orders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            decimal D(string column) => f[At(column)].Length == 0 ? 0m : decimal.Parse(f[At(column)], CultureInfo.InvariantCulture);
            revenue += Math.Round(D("quantity") * D("unit_price") * (1 - D("discount_pct")), 4, MidpointRounding.AwayFromZero);
            orders.Add(f[At("order_id")]);
        }
        return (revenue, orders.Count);
    }
}
