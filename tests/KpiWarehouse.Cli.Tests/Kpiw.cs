using System.CommandLine;
using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>Runs the kpiw command line in-process, capturing exit code, stdout and stderr.</summary>
public static class Kpiw
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => Run(Commands(), args);

    /// <summary>Runs <paramref name="args"/> against <paramref name="commands"/> (a command built with test seams).</summary>
    public static (int Exit, string Output, string Error) Run(IEnumerable<Command> commands, params string[] args)
    {
        var originalOut = Console.Out;
        var originalError = Console.Error;
        var output = new StringWriter();
        var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = KpiwApp.Run(args, commands);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    private static IEnumerable<Command> Commands() =>
    [
        SampleCommand.Create(), LoadCommand.Create(), ProfilesCommand.Create(), ModelCommand.Create(),
        QueryCommand.Create(), VerifyCommand.Create(), RunCommand.Create(),
    ];
}

/// <summary>Tests that redirect the process-wide console must not run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
