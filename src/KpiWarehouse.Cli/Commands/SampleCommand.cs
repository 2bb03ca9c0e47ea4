using System.CommandLine;
using System.Globalization;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Sample;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw sample --out DIR [--scale N] [--seed S]</c>: a deterministic synthetic raw data set.</summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the 15 raw CSV files to.", Required = true };
        var scale = new Option<double>("--scale") { Description = "Size factor: 1 ≈ three years of a mid-size sales team (about 200,000 rows); linear in rows.", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same scale and seed give byte-identical files.", DefaultValueFactory = _ => 42 };
        var command = new Command("sample", "Write a deterministic synthetic raw data set in the canonical contract (all 15 files).") { outDir, scale, seed };
        CommandAction.Set(command, (parse, context) =>
        {
            var folder = parse.GetValue(outDir)!.FullName;
            var outcome = ConsoleProgress.Run(context, progress =>
                SampleGenerator.Generate(folder, parse.GetValue(scale), parse.GetValue(seed), progress));
            if (!outcome.IsSuccess)
                return CommandContext.Fail(outcome.Error!);
            var summary = outcome.Value;
            foreach (var file in summary.Files)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.File,-26}{file.Rows,10:N0}"));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-26}{summary.TotalRows,10:N0} rows in {folder}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
