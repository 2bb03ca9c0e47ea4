using System.Diagnostics;

namespace KpiWarehouse.Etl.Tests.Support;

/// <summary>
/// <c>kpiw load</c> in a child process (the built kpiw.dll), told by KPIW_LOAD_PAUSE_AT to stop at a named step
/// so a test can kill it there deterministically.
/// </summary>
internal sealed class ChildLoad : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _stderr = [];

    public ChildLoad(string raw, string warehouse, string pauseAt)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { TestPaths.KpiwDll, "load", "--raw", raw, "--warehouse", warehouse })
            start.ArgumentList.Add(arg);
        start.Environment["KPIW_LOAD_PAUSE_AT"] = pauseAt;
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _paused.TrySetException(new InvalidOperationException($"the child load ended before pausing: {string.Join(" / ", _stderr)}"));
                return;
            }
            lock (_stderr)
                _stderr.Add(e.Data);
            if (e.Data == $"KPIW_PAUSED {pauseAt}")
                _paused.TrySetResult();
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>Waits until the child has reached its pause step.</summary>
    public void WaitUntilPaused()
    {
        if (!_paused.Task.Wait(TimeSpan.FromSeconds(120)))
            throw new TimeoutException("the child load did not reach its pause step in 120 s");
    }

    /// <summary>SIGKILL (no cleanup of any kind runs in the child) and waits for it to be gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }
}
