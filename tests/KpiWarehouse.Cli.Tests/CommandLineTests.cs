using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>The conventions every command shares: exit codes and one-line errors on stderr.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineTests
{
    [Fact]
    public void UnknownCommand_ExitsWithUsageCode_AndOneLine()
    {
        var (exit, _, error) = Kpiw.Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void MissingRequiredOption_ExitsWithUsageCode_NamingTheOption()
    {
        var (exit, _, error) = Kpiw.Run("model", "--out", "x");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--warehouse", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("load")]
    [InlineData("profiles")]
    [InlineData("model")]
    [InlineData("query")]
    [InlineData("verify")]
    [InlineData("run")]
    public void Help_OnEveryCommand_ExitsZero_AndDescribesIt(string command)
    {
        var (exit, output, _) = Kpiw.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains(command, output);
    }
}
