using System.CommandLine;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw profiles</c>: list the built-in import profiles.</summary>
public static class ProfilesCommand
{
    public static Command Create()
    {
        var command = new Command("profiles", "List the built-in import profiles for sources outside the canonical contract.");
        CommandAction.Set(command, (parse, context) => NotBuiltYet.Fail("kpiw profiles", 7));
        return command;
    }
}
