using System.CommandLine;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw run</c>: the main job on the embedded default — sample → load → model → verify.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var raw = new Option<DirectoryInfo?>("--raw") { Description = "Use this raw folder instead of generating sample data." };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Where every output goes.", DefaultValueFactory = _ => new DirectoryInfo("out") };
        var scale = new Option<double>("--scale") { Description = "Sample size factor when generating.", DefaultValueFactory = _ => 1.0 };
        var command = new Command("run", "Run the main job: generate sample data (or use --raw), load, build the model, verify.") { raw, outDir, scale };
        CommandAction.Set(command, (parse, context) => NotBuiltYet.Fail("kpiw run", 6));
        return command;
    }
}
