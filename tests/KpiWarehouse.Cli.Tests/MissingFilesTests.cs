using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The raw contract: "a missing file means this source does not have that entity, and the KPIs that need it are
/// BLANK (never an error, never 0)" — including ratios whose denominator comes from a file that is present.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class MissingFilesTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("kpiw-missing-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_WithoutSpendAndActivities_RatiosNeedingThemAreBlank_AndEverythingAgrees()
    {
        var raw = Path.Combine(_out, "raw");
        var (exit, output, error) = Kpiw.Run("sample", "--out", raw, "--scale", "0.05", "--seed", "3");
        Assert.True(exit == ExitCodes.Success, output + error);
        File.Delete(Path.Combine(raw, "marketing_spend.csv"));
        File.Delete(Path.Combine(raw, "activities.csv"));

        (exit, output, error) = Kpiw.Run([RunCommand.Create()], ["run", "--raw", raw, "--out", _out]);
        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Matches(@"\n\d{5,} cells checked, 0 mismatches;", output);

        // Leads, customers and meetings are there: the denominators are not BLANK, the numerators' files are absent.
        (exit, output, error) = Kpiw.Run("query", "--warehouse", Path.Combine(_out, "warehouse"), "--format", "csv",
            """EVALUATE ROW ( "leads", [New Leads] > 0, "cpl", [Cost per Lead], "cac", [Customer Acquisition Cost], "calls", [Calls per Meeting Booked], "followup", [Lead Follow-up Rate] > 0 )""");
        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Equal("leads,cpl,cac,calls,followup\ntrue,,,,true\n", output.ReplaceLineEndings("\n"));
    }
}
