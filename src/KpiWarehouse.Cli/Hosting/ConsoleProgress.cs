using KpiWarehouse.Contract.Diagnostics;
using Spectre.Console;

namespace KpiWarehouse.Cli.Hosting;

/// <summary>
/// Runs work that reports <see cref="ProgressUpdate"/>s: a live progress display on a terminal, nothing
/// when output is redirected (so logs of scheduled jobs stay clean).
/// </summary>
public static class ConsoleProgress
{
    /// <summary>Runs <paramref name="work"/>, drawing its progress when <paramref name="context"/> allows.</summary>
    public static T Run<T>(CommandContext context, Func<IProgress<ProgressUpdate>?, T> work)
    {
        if (!context.ShowProgress)
            return work(null);

        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var sink = new ActionProgress(u =>
                {
                    if (!tasks.TryGetValue(u.Step, out var task))
                        tasks[u.Step] = task = ctx.AddTask(Markup.Escape(u.Step), maxValue: Math.Max(1, u.Total ?? 1));
                    if (u.Total is { } total)
                    {
                        task.MaxValue = Math.Max(1, total);
                        task.Value = u.Done;
                    }
                    else
                    {
                        task.IsIndeterminate = true;
                    }
                });
                result = work(sink);
            });
        return result;
    }

    // Progress<T> would post to the thread pool; updates are drawn in the order they happen.
    private sealed class ActionProgress(Action<ProgressUpdate> onReport) : IProgress<ProgressUpdate>
    {
        public void Report(ProgressUpdate value)
        {
            lock (this)
                onReport(value);
        }
    }
}
