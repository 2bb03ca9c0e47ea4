using System.CommandLine;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw sample --out DIR [--scale N] [--seed S]</c>: a deterministic synthetic raw data set.</summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the 15 raw CSV files to.", Required = true };
        var scale = new Option<double>("--scale") { Description = "Size factor: 1 ≈ three years of a mid-size sales team; linear in rows.", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same scale and seed give byte-identical files.", DefaultValueFactory = _ => 42 };
        var command = new Command("sample", "Write a deterministic synthetic raw data set in the canonical contract (all 15 files).") { outDir, scale, seed };
        CommandAction.Set(command, (parse, context) => NotBuiltYet.Fail("kpiw sample", 3));
        return command;
    }
}
