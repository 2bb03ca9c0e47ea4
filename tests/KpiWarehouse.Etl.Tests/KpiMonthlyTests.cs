using KpiWarehouse.Catalog;
using KpiWarehouse.Etl.Kpi;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>
/// kpi_monthly over corpus/base, worked out by hand from its raw files. The full cross-check of every cell against
/// the reference calculation is kpiw verify's sql check (tests/KpiWarehouse.Cli.Tests).
/// </summary>
public sealed class KpiMonthlyTests(BaseLoad load) : IClassFixture<BaseLoad>
{
    private static readonly KpiCatalog Catalog = CatalogReader.ReadEmbedded().Value;

    public static TheoryData<string, string, string, string?, string> Cells => new()
    {
        // KPI, month, dimension, member, value rounded to 9 decimals ("none" = no row = BLANK)
        // SO1 (2023-01-16, C1, R3): 12 × 250.50 × 0.9 + 1 × 1200 = 2705.4 + 1200.
        { "Revenue", "2023-01-01", "All", null, "3905.4" },
        { "Revenue", "2023-01-01", "Customer Segment", "SMB", "3905.4" },
        { "Revenue", "2023-01-01", "Customer Segment", "MID", "none" },
        // SO3 (2024-03-05) has no rep: it counts in All and in no Rep slice.
        { "Revenue", "2024-03-01", "All", null, "2375" },
        { "Revenue", "2024-03-01", "Rep Team", "North", "none" },
        // Revenue Share %: a segment without revenue in a month with revenue is 0, not BLANK.
        { "Revenue Share %", "2024-03-01", "Customer Segment", "MID", "0" },
        { "Revenue Share %", "2024-03-01", "Customer Segment", "SMB", "1" },
        // Revenue PY of 2024-01 is the revenue of 2023-01; its YoY: (1200 − 3905.4) / 3905.4.
        { "Revenue PY", "2024-01-01", "All", null, "3905.4" },
        { "Revenue YoY Growth %", "2024-01-01", "All", null, "-0.692733139" },
        // Targets 2023-01: R3 5000 and the company 20000; the company row is in All only.
        { "Revenue Target", "2023-01-01", "All", null, "25000" },
        { "Revenue Attainment %", "2023-01-01", "All", null, "0.156216" },
        // MRR as of the end: C1 250.50 from 2023-01-16, C2 100 from 2023-04-01 and −100 (CHURN) on 2023-10-01.
        { "MRR", "2023-04-01", "All", null, "350.5" },
        { "MRR", "2023-10-01", "All", null, "250.5" },
        { "MRR", "2022-12-01", "All", null, "none" },
        // 2023-10: both customers active on 2023-09-30, C2 churns; C1 still active at the end.
        { "Active Customers", "2023-10-01", "All", null, "1" },
        { "Churned Customers", "2023-10-01", "All", null, "1" },
        { "Churn Rate", "2023-10-01", "All", null, "0.5" },
        { "Retention Rate", "2023-10-01", "All", null, "0.5" },
        // 2024-03: only C4 orders, for the first time; C1 ordered before.
        { "Customer Recurrence Rate", "2024-03-01", "All", null, "0" },
        { "Existing Customer Engagement", "2024-03-01", "All", null, "0" },
        { "Customer Recurrence Rate", "2024-01-01", "All", null, "1" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void KpiMonthly_BaseCorpus_HoldsTheHandComputedValue(string kpi, string month, string dimension, string? member, string expected)
    {
        var rows = load.Query($"""
            select round(value, 9) from kpi_monthly
            where kpi = '{kpi}' and month_date = date '{month}' and dimension = '{dimension}'
              and member is not distinct from {(member is null ? "null" : $"'{member}'")}
            """);

        Assert.Equal(expected == "none" ? [] : [expected], rows);
    }

    [Fact]
    public void KpiMonthly_EveryRow_IsAKpiOfTheCatalogInASliceItsDimsList()
    {
        var allowed = Catalog.Kpis.SelectMany(k => new[] { "All" }.Concat(k.Dimensions.SelectMany(SlicesOf)).Select(d => $"{k.Name}|{d}")).ToHashSet();

        var slices = load.Query("select distinct kpi || '|' || dimension from kpi_monthly");

        Assert.NotEmpty(slices);
        Assert.All(slices, s => Assert.Contains(s, allowed));
        Assert.Equal(["0"], load.Query("select count(*) from kpi_monthly where value is null or (dimension = 'All') <> (member is null)"));
    }

    [Fact]
    public void KpiMonthlyParquet_Rows_InCatalogOrderThenMonthDimensionMember_OneRowPerCell()
    {
        var file = Path.Combine(load.Result.GenerationFolder, "parquet", "kpi_monthly", "data.parquet").Replace("'", "''");
        const string Columns = "kpi_number, kpi, month_date, dimension, coalesce(member, '')";

        var rows = load.Query($"select {Columns} from read_parquet('{file}')");

        Assert.Equal(load.Query($"select {Columns} from read_parquet('{file}') order by kpi_number, month_date, dimension, member"), rows);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(load.Query("select count(*) from kpi_monthly"), [rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.All(rows.Where(r => r.StartsWith("1|", StringComparison.Ordinal)), r => Assert.StartsWith("1|Revenue|", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a catalog KPI without a SQL column", "no SQL column made_up_kpi")]
    [InlineData("a SQL column without a catalog KPI", "column revenue is no KPI of the catalog")]
    public void Build_CatalogAndSqlDisagree_StopsWithTheColumnNamed(string disagreement, string message)
    {
        var catalog = disagreement.StartsWith("a catalog KPI", StringComparison.Ordinal)
            ? Catalog with { Kpis = [.. Catalog.Kpis, Catalog.Kpis[0] with { Number = 81, Name = "Made Up KPI" }] }
            : Catalog with { Kpis = Catalog.Kpis.Where(k => k.Name != "Revenue").ToList() };
        using var temp = TestPaths.Temp();
        var copy = Path.Combine(temp.Sub("copy"), "warehouse.duckdb");
        File.Copy(Path.Combine(load.Result.GenerationFolder, "warehouse.duckdb"), copy);
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={copy}");
        connection.Open();

        var error = Assert.Throws<InvalidOperationException>(() => KpiMonthly.Build(connection, catalog));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Revenue YoY Growth %", "revenue_yoy_growth_pct")]
    [InlineData("Leads Answered in 5 Min %", "leads_answered_in_5_min_pct")]
    [InlineData("Lead Follow-up Rate", "lead_follow_up_rate")]
    [InlineData("Upsell Cross-sell Rate", "upsell_cross_sell_rate")]
    public void ColumnName_KpiName_IsSnakeCaseWithPercentAsPct(string kpi, string column) =>
        Assert.Equal(column, KpiMonthly.ColumnName(kpi));

    private static IEnumerable<string> SlicesOf(string dimension) => dimension switch
    {
        "Customer" => ["Customer Region", "Customer Segment"],
        "Rep" => ["Rep Team", "Rep Name"],
        "Product" => ["Product Line"],
        _ => ["Channel"],
    };
}
