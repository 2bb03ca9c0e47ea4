namespace KpiWarehouse.Etl;

/// <summary>
/// Lets fault tests stop a load at a named step: with <c>KPIW_LOAD_PAUSE_AT=&lt;step&gt;</c> set, the load writes
/// <c>KPIW_PAUSED &lt;step&gt;</c> to stderr on reaching that step and waits to be killed. Unset, it costs nothing.
/// </summary>
internal static class FaultHook
{
    private static readonly string? PauseAt = Environment.GetEnvironmentVariable("KPIW_LOAD_PAUSE_AT");

    public static void Reach(string step)
    {
        if (PauseAt is null || !string.Equals(PauseAt, step, StringComparison.Ordinal))
            return;
        Console.Error.WriteLine($"KPIW_PAUSED {step}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
