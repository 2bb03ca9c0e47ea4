using System.CommandLine;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Reference;
using KpiWarehouse.Reference.Reading;
using KpiWarehouse.Verify.Dax;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Inputs;
using KpiWarehouse.Verify.Reports;
using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw verify --warehouse DIR</c>: every measure, cell by cell, against the C# reference (docs/verify.md).</summary>
public static class VerifyCommand
{
    /// <summary>The command; <paramref name="openDax"/> replaces <see cref="DaxRunnerFactory.Open"/> (tests).</summary>
    public static Command Create(Func<WarehouseLocation, DirectoryInfo?, Outcome<IDaxRunner>>? openDax = null)
    {
        var warehouse = CommonOptions.Warehouse();
        var model = CommonOptions.Model();
        var kpi = new Option<string[]>("--kpi") { Description = "Verify only these KPIs (exact names, repeatable).", AllowMultipleArgumentsPerToken = true };
        var raw = new Option<DirectoryInfo?>("--raw") { Description = "The raw folder the load read (default: the one the load's manifest records)." };
        var report = new Option<DirectoryInfo?>("--report") { Description = "Where to write verify-report.json and verify-report.html (default: the current folder)." };
        var rlsUsers = new Option<int>("--rls-users") { Description = "Users verified per RLS role, spread over the reps (0 = all).", DefaultValueFactory = _ => 3 };
        var command = new Command("verify", "Evaluate every measure with the DAX engine and compare each cell with the reference calculation.")
        {
            warehouse, model, kpi, raw, report, rlsUsers,
        };
        CommandAction.Set(command, (parse, context) =>
        {
            var location = CommandContext.Must(WarehouseLocation.Open(parse.GetValue(warehouse)!.FullName));
            return Run(context, location, parse.GetValue(model), parse.GetValue(kpi), parse.GetValue(raw)?.FullName,
                parse.GetValue(report)?.FullName ?? Directory.GetCurrentDirectory(), Math.Max(0, parse.GetValue(rlsUsers)), openDax);
        });
        return command;
    }

    /// <summary>Verifies <paramref name="location"/>, prints the summary, writes the reports; the exit code.</summary>
    public static int Run(CommandContext context, WarehouseLocation location, DirectoryInfo? model, string[]? kpiNames, string? rawFolder,
        string reportFolder, int rlsUsers, Func<WarehouseLocation, DirectoryInfo?, Outcome<IDaxRunner>>? openDax = null)
    {
        var kpis = CommandContext.Must(KpiSelection.Select(CommandContext.Must(VerifyKpis.All()), kpiNames));
        var source = CommandContext.Must(ReferenceSource.Resolve(location, rawFolder));
        var data = CommandContext.Must(RawDataReader.Read(source.RawFolder, source.Options));
        var dax = CommandContext.Must((openDax ?? DaxRunnerFactory.Open)(location, model));
        // A runner that holds a loaded model may own resources; the command ends its life.
        using var owned = dax as IDisposable;
        var sql = CommandContext.Must(KpiMonthlyReader.Read(location));
        var verifier = new Verifier(dax, ReferenceCalculator.Create(data), new VerifyOptions(rlsUsers), sql);
        var result = CommandContext.Must(ConsoleProgress.Run(context, progress => verifier.Run(kpis, progress)));
        var files = CommandContext.Must(ReportFiles.Write(result, reportFolder));
        VerifySummary.Print(result, data.Findings, files, Console.Out);
        if (sql is null)
            Console.Out.WriteLine("Note: this warehouse has no kpi_monthly table (loaded by an older kpiw); the sql check was skipped.");
        return result.Passed ? ExitCodes.Success : ExitCodes.Failure;
    }

}
