using System.Text.Json.Nodes;
using KpiWarehouse.Catalog;
using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Tabular;
using KpiWarehouse.Tabular.Pbip;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// Verification bites (issue 6): one planted bug at a time — in a measure of the real catalog, in a relationship
/// of the generated model.bim, in the published data or in the published kpi_monthly table — over the loaded sample,
/// and <c>kpiw verify</c> must report a mismatch naming the KPI.
/// The unmutated model passes the same KPIs, so it is the planted bug that is caught.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MutationTests(MutationTests.LoadedSample sample)
    : IClassFixture<MutationTests.LoadedSample>
{
    public static TheoryData<string, string, string, string> MeasureMutations => new()
    {
        // name, KPI, text in its DAX, replacement
        { "slash instead of DIVIDE on a zero denominator", "Win Rate",
          "DIVIDE ( COALESCE ( WonDeals, 0 ), WonDeals + LostDeals )", "COALESCE ( WonDeals, 0 ) / ( WonDeals + LostDeals )" },
        { "ratio without the BLANK-as-0 numerator", "Win Rate", "COALESCE ( WonDeals, 0 )", "WonDeals" },
        { "missing USERELATIONSHIP", "Deals Won",
          ",\n    USERELATIONSHIP ( 'Opportunities'[Closed Date], 'Date'[Date] )", "" },
        { "off by one in 'as of end'", "Pipeline Value",
          "'Opportunities'[Created Date] <= PeriodEnd", "'Opportunities'[Created Date] < PeriodEnd" },
        { "fixed-decimal division kept at 4 places", "Average Order Value", "CONVERT ( [Revenue], DOUBLE )", "[Revenue]" },
    };

    [Theory]
    [MemberData(nameof(MeasureMutations))]
    public void Verify_PlantedMeasureBug_ReportsAMismatchNamingTheKpi(string mutation, string kpi, string find, string replace)
    {
        var catalog = RepoFiles.Catalog();
        var measure = catalog["kpis"]!.AsArray().Single(k => (string?)k!["name"] == kpi)!;
        var dax = string.Join('\n', measure["dax"]!.AsArray().Select(l => (string)l!));
        Assert.True(dax.Contains(find, StringComparison.Ordinal), $"{mutation}: the catalog's {kpi} no longer contains the text to mutate");
        measure["dax"] = new JsonArray(dax.Replace(find, replace, StringComparison.Ordinal).Split('\n').Select(l => (JsonNode)l).ToArray());

        var model = sample.WriteModel(catalog.ToJsonString(), bim => bim);

        AssertCaught(model, kpi);
    }

    [Fact]
    public void Verify_DateAddMinus12MonthsForSamePeriodLastYear_IsAnEquivalentRewriteAndPasses()
    {
        // Microsoft Learn, SAMEPERIODLASTYEAR: "The dates returned are the same as the dates returned by this
        // equivalent formula: DATEADD(dates, -1, year)"; a 12-month shift moves
        // every date the same way (2024-02-29 → 2023-02-28; a whole February → the whole February before), so this
        // rewrite is not a bug and verification must not call it one — including across the 2024 leap year.
        var catalog = RepoFiles.Catalog();
        var measure = catalog["kpis"]!.AsArray().Single(k => (string?)k!["name"] == "Revenue PY")!;
        Assert.Equal("CALCULATE ( [Revenue], SAMEPERIODLASTYEAR ( 'Date'[Date] ) )", (string?)measure["dax"]![0]);
        measure["dax"] = new JsonArray((JsonNode)"CALCULATE ( [Revenue], DATEADD ( 'Date'[Date], -12, MONTH ) )");

        var (exit, output, error) = sample.Verify(sample.WriteModel(catalog.ToJsonString(), bim => bim), "Revenue PY");

        Assert.True(exit == ExitCodes.Success, output + error);
    }

    [Fact]
    public void Verify_WrongActiveRelationship_ReportsAMismatchNamingTheKpi()
    {
        // Opportunities by their closed date instead of their created date: Opportunities Created follows the wrong date.
        var model = sample.WriteModel(RepoFiles.Catalog().ToJsonString(), bim =>
        {
            var root = JsonNode.Parse(bim)!;
            foreach (var r in root["model"]!["relationships"]!.AsArray())
            {
                if ((string?)r!["fromTable"] != "Opportunities" || (string?)r["toTable"] != "Date")
                    continue;
                if ((string?)r["fromColumn"] == "Created Date")
                    r["isActive"] = false;
                else if ((string?)r["fromColumn"] == "Closed Date")
                    r.AsObject().Remove("isActive");
            }
            return root.ToJsonString();
        });

        AssertCaught(model, "Opportunities Created");
    }

    [Fact]
    public void Verify_WrongTransform_RevenueWithoutDiscount_ReportsAMismatchNamingTheKpi()
    {
        // What a broken fct_sales.sql would publish: line revenue without the discount. The model and measures are
        // right; only the warehouse's data is wrong, and the reference (from the raw rows) disagrees.
        var warehouse = sample.CopyWarehouseWith("fct_sales", file =>
            $"select * replace (round(quantity * unit_price_amount, 4)::decimal(18,4) as revenue_amount) from read_parquet('{file}')");
        var model = sample.WriteModel(RepoFiles.Catalog().ToJsonString(), bim => bim);

        var (exit, output, error) = sample.VerifyOn(warehouse, model, "Revenue");

        Assert.True(exit == ExitCodes.Failure, $"the wrong transform went unnoticed:\n{output}{error}");
        Assert.Contains("  Revenue [", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> KpiMonthlyMutations => new()
    {
        // name, KPI, a DuckDB select over kpi_monthly's Parquet file {0} (what a wrong sql/kpi file would publish)
        { "a value off by 0.1 %", "Win Rate",
          "select * replace (case when kpi = 'Win Rate' then value * 1.001 else value end as value) from read_parquet('{0}')" },
        { "a missing row (the cell reads as BLANK)", "Deals Won",
          "select * from read_parquet('{0}') where not (kpi = 'Deals Won' and dimension = 'Rep Name')" },
        { "an extra row in a slice the KPI's Dims do not list", "Revenue Target",
          "select * from read_parquet('{0}') union all select kpi_number, kpi, month_date, 'Customer Region', 'Occitanie', value from read_parquet('{0}') where kpi = 'Revenue Target' and dimension = 'All'" },
        { "a second row for a cell", "Orders",
          "select * from read_parquet('{0}') union all (select * from read_parquet('{0}') where kpi = 'Orders' order by month_date limit 1)" },
    };

    [Theory]
    [MemberData(nameof(KpiMonthlyMutations))]
    public void Verify_WrongKpiMonthlyTable_ReportsASqlMismatchNamingTheKpi(string mutation, string kpi, string select)
    {
        var warehouse = sample.CopyWarehouseWith("kpi_monthly", file => string.Format(System.Globalization.CultureInfo.InvariantCulture, select, file));
        var model = sample.WriteModel(RepoFiles.Catalog().ToJsonString(), bim => bim);

        var (exit, output, error) = sample.VerifyOn(warehouse, model, kpi);

        Assert.True(exit == ExitCodes.Failure, $"{mutation} in kpi_monthly went unnoticed:\n{output}{error}");
        Assert.Contains($"  {kpi} [", output, StringComparison.Ordinal);
        Assert.Contains(", sql]: SQL ", output, StringComparison.Ordinal);
        Assert.Matches(@"sql check \(kpi_monthly against the reference, by month\): \d+ cells, [1-9]\d* mismatches", output);
    }

    [Fact]
    public void Verify_UnmutatedModel_PassesTheSameKpis()
    {
        var model = sample.WriteModel(RepoFiles.Catalog().ToJsonString(), bim => bim);

        var (exit, output, error) = sample.Verify(model, "Win Rate", "Deals Won", "Pipeline Value", "Average Order Value", "Opportunities Created",
            "Revenue Target", "Orders");

        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Contains(", 0 mismatches;", output, StringComparison.Ordinal);
        Assert.Matches(@"sql check \(kpi_monthly against the reference, by month\): \d+ cells, 0 mismatches", output);
    }

    private void AssertCaught(string model, string kpi)
    {
        var (exit, output, error) = sample.Verify(model, kpi);

        Assert.True(exit == ExitCodes.Failure, $"the planted bug in {kpi} went unnoticed:\n{output}{error}");
        Assert.Contains($"  {kpi} [", output, StringComparison.Ordinal);
    }

    /// <summary>data/sample loaded once into a temporary warehouse for every mutant.</summary>
    public sealed class LoadedSample : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("kpiw-mutants-").FullName;
        private int _models;

        public LoadedSample()
        {
            var (exit, _, error) = Kpiw.Run([LoadCommand.Create()], ["load", "--raw", RepoFiles.Sample, "--warehouse", Warehouse]);
            Assert.True(exit == ExitCodes.Success, error);
        }

        public string Warehouse => Path.Combine(_root, "warehouse");

        public void Dispose() => Directory.Delete(_root, recursive: true);

        /// <summary>The model of <paramref name="catalogJson"/> over the warehouse, its model.bim passed through <paramref name="editBim"/>.</summary>
        public string WriteModel(string catalogJson, Func<string, string> editBim)
        {
            var catalog = CatalogReader.Read(catalogJson, "mutant catalog");
            Assert.True(catalog.IsSuccess, catalog.Error?.ToString());
            var files = ModelGenerator.Generate(Warehouse, catalog.Value);
            Assert.True(files.IsSuccess, files.Error?.ToString());
            var folder = Path.Combine(_root, $"model-{Interlocked.Increment(ref _models)}");
            PbipWriter.WriteTo(folder, files.Value.Where(f => f.Path == ModelSource.ModelBim)
                .Select(f => f with { Content = editBim(f.Content) }).ToList());
            return folder;
        }

        public (int Exit, string Output, string Error) Verify(string model, params string[] kpis) => VerifyOn(Warehouse, model, kpis);

        public (int Exit, string Output, string Error) VerifyOn(string warehouse, string model, params string[] kpis) =>
            Kpiw.Run([VerifyCommand.Create()],
                ["verify", "--warehouse", warehouse, "--model", model, "--raw", RepoFiles.Sample, "--report", Path.Combine(_root, "report"),
                 "--rls-users", "1", .. kpis.SelectMany(k => new[] { "--kpi", k })]);

        /// <summary>A copy of the warehouse whose <paramref name="table"/> Parquet files are rewritten by a DuckDB select over each file.</summary>
        public string CopyWarehouseWith(string table, Func<string, string> selectFromFile)
        {
            var copy = Path.Combine(_root, $"warehouse-{Interlocked.Increment(ref _models)}");
            CopyFolder(Warehouse, copy);
            var generation = Contract.Warehouse.WarehouseLocation.Open(copy).Value;
            var folder = generation.Resolve(generation.Manifest.Table(table)!.Path);
            using var duck = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
            duck.Open();
            foreach (var file in Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories))
            {
                using var command = duck.CreateCommand();
                command.CommandText = $"copy ({selectFromFile(file)}) to '{file}.new' (format parquet)";
                command.ExecuteNonQuery();
                File.Move(file + ".new", file, overwrite: true);
            }
            return copy;
        }

        private static void CopyFolder(string from, string to)
        {
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
                File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}

/// <summary>Files of the repository the tests read (the committed sample and the KPI catalog).</summary>
internal static class RepoFiles
{
    public static readonly string Root = KpiWarehouse.Testing.RepoRoot.Path;

    public static string Sample => Path.Combine(Root, "data", "sample");

    public static JsonNode Catalog() => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "models", "kpi-catalog.json")))!;
}
