using System.Text.Json;
using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The built-in profile maven-crm on the real Maven Analytics export (docs/profiles/maven-crm.md): every source row
/// accounted for, zero verification mismatches, and totals counted by hand from sales_pipeline.csv.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MavenProfileTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("kpiw-maven-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [DatasetFact("maven-crm")]
    public void LoadVerify_MavenCrm_AccountsForEveryRow_AgreesEverywhere_AndMatchesHandCountedTotals()
    {
        var warehouse = Path.Combine(_out, "warehouse");
        var (exit, output, error) = Kpiw.Run("load", "--raw", Datasets.Require("maven-crm"), "--warehouse", warehouse, "--profile", "maven-crm", "--json");
        Assert.True(exit == ExitCodes.Success, output + error);

        // Source rows per file (wc -l minus the header): every one read and loaded; data_dictionary.csv is ignored.
        using var manifest = JsonDocument.Parse(output);
        var sources = manifest.RootElement.GetProperty("profile").GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("file").GetString()!, s => (Read: s.GetProperty("rows_read").GetInt64(),
                Loaded: s.GetProperty("rows_loaded").GetInt64(),
                Quarantined: s.GetProperty("rows_quarantined_by_profile").GetInt64() + s.GetProperty("rows_quarantined_by_load").GetInt64()));
        Assert.Equal((35L, 35L, 0L), sources["sales_teams.csv"]);
        Assert.Equal((85L, 85L, 0L), sources["accounts.csv"]);
        Assert.Equal((7L, 7L, 0L), sources["products.csv"]);
        Assert.Equal((8800L, 8800L, 0L), sources["sales_pipeline.csv"]);

        (exit, output, error) = Kpiw.Run("verify", "--warehouse", warehouse, "--report", Path.Combine(_out, "verify"), "--rls-users", "1");
        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Matches(@"\n\d{5,} cells checked, 0 mismatches;", output);

        // awk -F, 'NR>1 && $5=="Won" {n++; s+=$8}' sales_pipeline.csv → 4238 deals, 10005534; $5=="Lost" → 2473;
        // deal_stage Engaging → 1589 open deals with an engage date, Prospecting → 500 without one.
        (exit, output, error) = Kpiw.Run("query", "--warehouse", warehouse, "--format", "csv",
            """EVALUATE ROW ( "won", [Deals Won], "lost", [Deals Lost], "value", [Won Revenue], "created", [Opportunities Created], "active", [Active Opportunities], "stagnant", [Stagnant Opportunities] )""");
        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Equal("won,lost,value,created,active,stagnant\n4238,2473,10005534,8800,1589,500\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Profiles_ListsTheBuiltInProfiles_AndShowsOne()
    {
        var (exit, output, _) = Kpiw.Run("profiles");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("maven-crm", output);

        (exit, output, _) = Kpiw.Run("profiles", "maven-crm");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("sales_pipeline.csv", output);
        Assert.Contains("writes: reps.csv, customers.csv, products.csv, stages.csv, opportunities.csv, opportunity_stages.csv", output);
    }

    [Fact]
    public void Load_UnknownProfile_IsAOneLineError()
    {
        var (exit, _, error) = Kpiw.Run("load", "--raw", _out, "--warehouse", Path.Combine(_out, "w"), "--profile", "salesforce");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("KPIW-P001", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
