using System.CommandLine;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Cli.Hosting;

/// <summary>
/// Runs a command body with the CLI's error conventions: a <see cref="Diagnostic"/> becomes one line on
/// stderr and exit 1; an unexpected exception is a bug and becomes one line (a stack trace only with
/// <c>--verbose</c>) and exit 70.
/// </summary>
public static class CommandAction
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public static void Set(Command command, Func<ParseResult, CommandContext, int> body)
    {
        command.SetAction(parse =>
        {
            var context = new CommandContext(parse.GetValue(KpiwApp.Verbose));
            try
            {
                return body(parse, context);
            }
            catch (KpiwUserException user)
            {
                Console.Error.WriteLine($"kpiw {command.Name}: {user.Diagnostic}");
                return ExitCodes.Failure;
            }
            catch (Exception bug)
            {
                Console.Error.WriteLine(context.Verbose
                    ? $"kpiw {command.Name}: internal error: {bug}"
                    : $"kpiw {command.Name}: internal error: {bug.GetType().Name}: {bug.Message} (rerun with --verbose for details)");
                return ExitCodes.InternalError;
            }
        });
    }
}

/// <summary>What every command body gets besides its parsed options.</summary>
/// <param name="Verbose">The user asked for details.</param>
public sealed record CommandContext(bool Verbose)
{
    /// <summary>Progress is drawn only on an interactive terminal, never into a redirected stream or CI log.</summary>
    public bool ShowProgress => !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Stops the command with a user error (one line, exit 1).</summary>
    public static int Fail(Diagnostic diagnostic) => throw new KpiwUserException(diagnostic);

    /// <summary>The value of <paramref name="outcome"/>, or the command stops with its error (one line, exit 1).</summary>
    public static T Must<T>(Outcome<T> outcome) =>
        outcome.IsSuccess ? outcome.Value : throw new KpiwUserException(outcome.Error!);

    /// <summary>Stops the command with a user error (one line, exit 1).</summary>
    public static int Fail(string code, string message, string? location = null) =>
        throw new KpiwUserException(new Diagnostic(code, message, location));
}

/// <summary>Carries a <see cref="Diagnostic"/> out of a command body to <see cref="CommandAction"/>; never thrown by libraries.</summary>
public sealed class KpiwUserException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    /// <summary>The user error.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
