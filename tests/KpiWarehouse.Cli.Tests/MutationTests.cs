using System.Text.Json.Nodes;
using KpiWarehouse.Catalog;
using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Tabular;
using KpiWarehouse.Tabular.Pbip;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// Verification bites (issue 6): one planted bug at a time — in a measure of the real catalog, or in a relationship
/// of the generated model.bim — over the loaded sample, and <c>kpiw verify</c> must report a mismatch naming the KPI.
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
    public void Verify_UnmutatedModel_PassesTheSameKpis()
    {
        var model = sample.WriteModel(RepoFiles.Catalog().ToJsonString(), bim => bim);

        var (exit, output, error) = sample.Verify(model, "Win Rate", "Deals Won", "Pipeline Value", "Average Order Value", "Opportunities Created");

        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Contains(", 0 mismatches;", output, StringComparison.Ordinal);
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

        public (int Exit, string Output, string Error) Verify(string model, params string[] kpis) =>
            Kpiw.Run([VerifyCommand.Create()],
                ["verify", "--warehouse", Warehouse, "--model", model, "--report", Path.Combine(_root, "report"), "--rls-users", "1",
                 .. kpis.SelectMany(k => new[] { "--kpi", k })]);
    }
}

/// <summary>Files of the repository the tests read (the committed sample and the KPI catalog).</summary>
internal static class RepoFiles
{
    public static readonly string Root = FindRoot();

    public static string Sample => Path.Combine(Root, "data", "sample");

    public static JsonNode Catalog() => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "models", "kpi-catalog.json")))!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiWarehouse.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("KpiWarehouse.sln not found above the test binaries");
    }
}
