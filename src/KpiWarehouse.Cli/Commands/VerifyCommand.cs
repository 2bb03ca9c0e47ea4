using System.CommandLine;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw verify --warehouse DIR</c>: every measure, cell by cell, against the C# reference.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var warehouse = CommonOptions.Warehouse();
        var model = CommonOptions.Model();
        var kpi = new Option<string[]>("--kpi") { Description = "Verify only these KPIs (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("verify", "Evaluate every measure with the DAX engine and compare each cell with the reference calculation.") { warehouse, model, kpi };
        CommandAction.Set(command, (parse, context) => NotBuiltYet.Fail("kpiw verify", 6));
        return command;
    }
}
