using System.Diagnostics;

namespace KpiWarehouse.Tabular.Tests.Support;

/// <summary>Runs ../shared/tools/tom-validate (Microsoft's TOM loading our files) when the shared folder is there.</summary>
public static class TomValidate
{
    /// <summary>The tool, or null when the shared folder is not beside the clone.</summary>
    public static string? Tool { get; } = Repo.Shared("tools", "tom-validate", "tom-validate");

    public const string SkipReason = "../shared/tools/tom-validate is not beside this clone: TOM cannot judge the model here (CI runs it).";

    /// <summary>Runs the tool with <paramref name="arguments"/>; returns its exit code and output.</summary>
    public static (int Exit, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Tool ?? throw new InvalidOperationException(SkipReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "tom-validate timed out");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}

/// <summary>A fact that needs the spec's kpi-catalog.md; skipped, saying why, when the shared folder is absent.</summary>
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute()
    {
        if (Repo.SpecCatalog is null)
            Skip = "../shared/spec/kpi-catalog.md is not beside this clone: the catalog cannot be compared with the spec here.";
    }
}

/// <summary>A fact that needs tom-validate; skipped, saying why, when the shared tools are absent.</summary>
public sealed class TomFactAttribute : FactAttribute
{
    public TomFactAttribute()
    {
        if (TomValidate.Tool is null)
            Skip = TomValidate.SkipReason;
    }
}
