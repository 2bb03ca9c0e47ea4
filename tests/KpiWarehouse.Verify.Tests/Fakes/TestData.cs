using KpiWarehouse.Reference;
using KpiWarehouse.Reference.Reading;
using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Verify.Tests.Fakes;

/// <summary>
/// A small raw data set (Data/raw: all 15 canonical files, a few rows each, with two quarantined rows; a copy of the
/// reference's hand-computed set) and the calculator over it.
/// </summary>
public static class TestData
{
    public static string RawFolder => Path.Combine(AppContext.BaseDirectory, "Data", "raw");

    public static string QuarantinePath => Path.Combine(AppContext.BaseDirectory, "Data", "quarantine.csv");

    private static readonly Lazy<RawDataSet> Rows = new(() =>
        RawDataReader.Read(RawFolder, new RawReadOptions(QuarantinePath: QuarantinePath)).Value);

    public static RawDataSet Data => Rows.Value;

    /// <summary>A fresh calculator (its per-cell cache is per instance).</summary>
    public static ReferenceCalculator Calculator() => ReferenceCalculator.Create(Data);

    /// <summary>The catalog facts the grid needs beyond names and Dims, for the KPIs the tests use.</summary>
    public static IReadOnlyList<Grid.VerifiedKpi> Kpis() => Grid.VerifiedKpi.FromReference(
        new HashSet<string> { "Revenue", "Units Sold", "Orders", "New Leads", "Deals Won", "Marketing Spend", "New Customers" },
        new Dictionary<string, string> { ["Revenue"] = "REVENUE", ["New Leads"] = "NEW_LEADS", ["Deals Won"] = "DEALS_WON" });
}
