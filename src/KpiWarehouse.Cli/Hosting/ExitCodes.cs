namespace KpiWarehouse.Cli.Hosting;

/// <summary>The process exit codes of every command (listed in docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>The work is done.</summary>
    public const int Success = 0;

    /// <summary>A user error: bad input, bad options, a failed check (one line on stderr says which).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself could not be understood.</summary>
    public const int Usage = 2;

    /// <summary>A bug in kpiw (an unexpected exception).</summary>
    public const int InternalError = 70;
}
