using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>The star tables of corpus/base hold the values docs/star-schema.md derives, worked out by hand here.</summary>
public sealed class StarSchemaTests(BaseLoad load) : IClassFixture<BaseLoad>
{
    [Fact]
    public void Load_BaseCorpus_AccountsEveryRowAndQuarantinesNothing()
    {
        Assert.Equal(63, load.Result.RowsRead);
        Assert.Equal(63, load.Result.RowsLoaded);
        Assert.Equal(0, load.Result.RowsQuarantined);
        Assert.Equal(18, load.Result.Tables.Count);
    }

    [Fact]
    public void DimCustomer_KeysFollowNaturalOrder_UnknownMemberIsZero()
    {
        Assert.Equal(
            ["0|(Unknown)|NULL|NULL|NULL", "1|C1|2023-01-16|2023-01-16|2023-01-16", "2|C2|NULL|2023-04-01|2023-04-01", "3|C3|NULL|NULL|NULL", "4|C4|2024-03-05|NULL|2024-03-05"],
            load.Query("select customer_key, customer_id, first_order_date, first_subscription_date, customer_start_date from dim_customer order by customer_key"));
        Assert.Equal(["C2|true|referral"], load.Query("select customer_id, is_referred, acquisition_channel from dim_customer where is_referred"));
    }

    [Fact]
    public void DimRep_CarriesManagerNameAndCodesUpperCase()
    {
        Assert.Equal(["R4|AM|Alice Martin|alice@example.com"],
            load.Query("select rep_id, role, manager_name, manager_email from dim_rep where rep_id = 'R4'"));
    }

    [Fact]
    public void DimChannel_IsTrimmedLowerCaseUnion()
    {
        Assert.Equal(["0|(Unknown)", "1|cold_call", "2|event", "3|paid_search", "4|referral", "5|web"],
            load.Query("select channel_key, channel from dim_channel order by channel_key"));
    }

    [Fact]
    public void DimDate_CoversWholeYearsOfEveryFactDate()
    {
        Assert.Equal(["2022-01-01|2024-12-31|1096"], load.Query("select min(date), max(date), count(*) from dim_date"));
        Assert.Equal(["2024|1|2024-Q1|2|2024-02|February|2024-02-01|29"],
            load.Query("select year, quarter_number, year_quarter, month_number, year_month, month_name, month_start_date, day_of_month from dim_date where date = date '2024-02-29'"));
    }

    [Fact]
    public void FctSales_RevenueAndCost_DerivedWithDiscountDefaultZero()
    {
        Assert.Equal(
            ["SO1|1|0.1000|2705.4000|480.0000|2023", "SO1|2|0.0000|1200.0000|800.0000|2023", "SO2|1|0.0000|1200.0000|240.0000|2024", "SO3|1|0.0500|2375.0000|2000.0000|2024"],
            load.Query("select order_id, line_no, discount_pct, revenue_amount, cost_amount, year from fct_sales order by order_id, line_no"));
        Assert.Equal(["0"], load.Query("select rep_key from fct_sales where order_id = 'SO3'"));
    }

    [Fact]
    public void FctLeads_ResponseSecondsAndFollowUp()
    {
        Assert.Equal(["L1|270|true|true|5", "L2|7200|true|false|3", "L3|NULL|false|false|1", "L4|NULL|false|false|5"],
            load.Query("select lead_id, response_seconds, is_followed_up, is_converted, channel_key from fct_leads order by lead_id"));
    }

    [Fact]
    public void FctOpportunities_StageProbabilityAndSalesCycle()
    {
        Assert.Equal(["O1|1.0000|4|9|WON", "O2|0.7000|3|32|LOST", "O3|0.4000|2|NULL|OPEN", "O4|1.0000|4|15|WON"],
            load.Query("select opportunity_id, stage_probability, stage_sort_order, sales_cycle_days, status from fct_opportunities order by opportunity_id"));
    }

    [Fact]
    public void FctCustomerMrr_SpansOfConstantTotal()
    {
        Assert.Equal(
            ["1|2023-01-16|2024-01-21|250.5000", "1|2024-01-21|2024-06-01|350.5000", "1|2024-06-01|NULL|300.0000",
             "2|2023-04-01|2023-10-01|100.0000", "2|2023-10-01|2024-02-01|0.0000", "2|2024-02-01|NULL|120.0000"],
            load.Query("select customer_key, valid_from_date, valid_to_date, mrr_amount from fct_customer_mrr order by customer_key, valid_from_date"));
    }

    [Fact]
    public void FctTargets_CompanyTargetHasRepKeyZero()
    {
        Assert.Equal(["2023-01-01|0|REVENUE|20000.0000"], load.Query("select month_date, rep_key, metric, target_amount from fct_targets where rep_key = 0"));
    }

    [Fact]
    public void Manifest_ListsTablesInStarSchemaOrderWithFileHashes()
    {
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(load.Result.GenerationFolder, "manifest.json"))).RootElement;
        var names = manifest.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(Star.StarTable.All.Select(t => t.Name), names);
        var sales = manifest.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "fct_sales");
        Assert.Equal("year", sales.GetProperty("partitioned_by").GetString());
        Assert.Equal(["parquet/fct_sales/year=2023/data_0.parquet", "parquet/fct_sales/year=2024/data_0.parquet"],
            sales.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        foreach (var file in manifest.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("files").EnumerateArray()))
            Assert.Equal(Export.ParquetExporter.Hash(load.Result.GenerationFolder, file.GetProperty("path").GetString()!), file.GetProperty("sha256").GetString());
        var input = manifest.GetProperty("inputs").EnumerateArray().First();
        Assert.Equal("reps.csv", input.GetProperty("file").GetString());
        Assert.Equal(4, input.GetProperty("rows_read").GetInt64());
    }

    [Fact]
    public void Current_NamesThePublishedGenerationFolder()
    {
        Assert.Equal("generations/000001", File.ReadAllText(Path.Combine(load.Warehouse, "current")).Trim());
        Assert.False(File.Exists(Path.Combine(load.Warehouse, "load.lock")));
    }
}
