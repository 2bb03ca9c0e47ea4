using System.CommandLine;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Etl;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw load</c>: validate raw files and publish a DuckDB star schema plus Parquet.</summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var raw = new Option<DirectoryInfo>("--raw") { Description = "Folder of raw CSV files (canonical contract, or a source read by --profile).", Required = true };
        var warehouse = CommonOptions.Warehouse();
        var profile = new Option<string?>("--profile") { Description = "Import profile: a built-in name (see 'kpiw profiles') or a profile file path." };
        var locale = new Option<string?>("--locale") { Description = "'fr' for French/European exports: ';' delimiter, ',' decimal separator, space thousands separator." };
        var maxRejectRate = new Option<double>("--max-reject-rate") { Description = "Fail (publishing nothing) when a file's quarantined share exceeds this fraction.", DefaultValueFactory = _ => 0.05 };
        var append = new Option<bool>("--append") { Description = "Add this batch to the current warehouse (new rows and newer versions of existing keys)." };
        var json = new Option<bool>("--json") { Description = "Print the load summary as JSON (for schedulers)." };
        var command = new Command("load", "Validate raw files and load the warehouse (DuckDB star schema + Parquet), quarantining bad rows.")
        {
            raw, warehouse, profile, locale, maxRejectRate, append, json,
        };
        CommandAction.Set(command, (parse, context) =>
        {
            var options = new LoadOptions(
                parse.GetValue(raw)!.FullName,
                parse.GetValue(warehouse)!.FullName,
                parse.GetValue(locale)?.Trim().ToLowerInvariant(),
                parse.GetValue(maxRejectRate),
                parse.GetValue(append))
            {
                Profile = parse.GetValue(profile),
            };
            var outcome = ConsoleProgress.Run(context, progress => WarehouseLoader.Load(options, progress));
            if (!outcome.IsSuccess)
                return CommandContext.Fail(outcome.Error!);
            // --json prints the published manifest itself (a profile load's raw_folder is the canonical folder it wrote).
            Console.Out.Write(parse.GetValue(json)
                ? File.ReadAllText(Path.Combine(outcome.Value.GenerationFolder, "manifest.json"))
                : LoadSummary.Paragraph(outcome.Value) + Environment.NewLine);
            return ExitCodes.Success;
        });
        return command;
    }
}
