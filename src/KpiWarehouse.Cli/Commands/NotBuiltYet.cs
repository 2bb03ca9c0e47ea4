using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary>The honest answer of a command whose stage has not landed yet.</summary>
public static class NotBuiltYet
{
    /// <summary>Fails with KPIW-C001 naming the open issue that builds <paramref name="what"/>.</summary>
    public static int Fail(string what, int issue) =>
        CommandContext.Fail("KPIW-C001", $"{what} is not built yet (open issue #{issue}).");
}
