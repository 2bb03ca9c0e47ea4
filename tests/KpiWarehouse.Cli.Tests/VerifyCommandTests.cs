using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Verify.Dax;
using KpiWarehouse.Verify.Tests.Fakes;

namespace KpiWarehouse.Cli.Tests;

/// <summary><c>kpiw verify</c> end to end over a small warehouse folder, the hand raw data and a fake DAX engine.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kpiw-verify-cli-" + Guid.NewGuid().ToString("N"));

    public VerifyCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "warehouse", "quarantine"));
        File.WriteAllText(Path.Combine(_root, "warehouse", "manifest.json"),
            """{"generation":"g1","locale":"default","quarantine":{"csv_path":"quarantine/quarantine.csv"},"tables":[]}""");
        File.Copy(TestData.QuarantinePath, Path.Combine(_root, "warehouse", "quarantine", "quarantine.csv"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Exit, string Output, string Error) Verify(IDaxRunner? dax, params string[] more)
    {
        var command = dax is null ? VerifyCommand.Create() : VerifyCommand.Create((_, _) => Outcome<IDaxRunner>.Ok(dax));
        string[] args = ["verify", "--warehouse", Path.Combine(_root, "warehouse"), "--raw", TestData.RawFolder,
            "--report", Path.Combine(_root, "report"), "--rls-users", "1", .. more];
        return Kpiw.Run([command], args);
    }

    [Fact]
    public void Verify_OneWrongValue_ExitsOne_AndNamesTheKpiCellAndValues()
    {
        var dax = new OracleDaxRunner(TestData.Calculator()).Plant("Revenue", "2024-03", "North", 123.45);
        var (exit, output, error) = Verify(dax, "--kpi", "Revenue", "Win Rate");
        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Equal("", error);
        Assert.Contains("First mismatches:", output, StringComparison.Ordinal);
        Assert.Contains("  Revenue [month 2024-03, 'Customer'[Region] = North]: DAX 123.45, reference ", output, StringComparison.Ordinal);
        Assert.Contains(", 1 mismatches;", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "report", "verify-report.json")));
        Assert.True(File.Exists(Path.Combine(_root, "report", "verify-report.html")));
    }

    [Fact]
    public void Verify_CorrectModel_ExitsZero_WithTheSummaryTable()
    {
        var (exit, output, _) = Verify(new OracleDaxRunner(TestData.Calculator()), "--kpi", "Revenue", "New Leads");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("KPI ", output, StringComparison.Ordinal);
        Assert.Contains(", 0 mismatches;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("First mismatches:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UnknownKpi_OneLineV001()
    {
        var (exit, _, error) = Verify(new OracleDaxRunner(TestData.Calculator()), "--kpi", "Revenu");
        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("KPIW-V001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ModelFolderWithoutModelBim_OneLineC002FromTheRealHost()
    {
        var emptyModel = Directory.CreateDirectory(Path.Combine(_root, "no-model")).FullName;

        var (exit, _, error) = Verify(null, "--model", emptyModel);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("KPIW-C002", error, StringComparison.Ordinal);
        Assert.Contains("model.bim", error, StringComparison.Ordinal);
    }
}
