using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The product's promise end to end, in the suite: <c>kpiw run</c> on a small generated set — sample, load, model,
/// verify over the whole grid (grains × slicers, time items, targets, RLS users) — finds zero mismatches.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("kpiw-run-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Run_SmallGeneratedSet_EveryMeasureAgreesWithTheReferenceOnTheWholeGrid()
    {
        var (exit, output, error) = Kpiw.Run([RunCommand.Create()], ["run", "--out", _out, "--scale", "0.05", "--seed", "7"]);

        Assert.True(exit == ExitCodes.Success, output + error);
        Assert.Matches(@"\n\d{5,} cells checked, 0 mismatches;", output);
        Assert.Matches(@"\nof which the sql check \(kpi_monthly against the reference, by month\): \d{4,} cells, 0 mismatches", output);
        Assert.True(File.Exists(Path.Combine(_out, "model", "model.bim")));
        Assert.True(File.Exists(Path.Combine(_out, "verify", "verify-report.html")));
    }
}
