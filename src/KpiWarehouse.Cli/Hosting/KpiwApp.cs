using System.CommandLine;

namespace KpiWarehouse.Cli.Hosting;

/// <summary>The root command: wires the subcommands and the options every command shares.</summary>
public static class KpiwApp
{
    /// <summary><c>--verbose</c>: show a stack trace with an internal error.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show details (stack traces of internal errors).",
        Recursive = true,
    };

    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns the process exit code.</summary>
    public static int Run(string[] args, IEnumerable<Command> commands)
    {
        var root = new RootCommand("kpiw — raw sales data to a verified Power BI semantic model.");
        root.Options.Add(Verbose);
        foreach (var command in commands)
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, as for every user error; --help on the command says the rest.
            Console.Error.WriteLine($"kpiw: {parse.Errors[0].Message} (see 'kpiw {CommandPath(parse)} --help')");
            return ExitCodes.Usage;
        }
        return parse.Invoke();
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand)
                names.Insert(0, result.Command.Name);
        }
        return string.Join(' ', names).Trim();
    }
}
