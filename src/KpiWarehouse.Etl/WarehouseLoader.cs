using System.Diagnostics;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Export;
using KpiWarehouse.Etl.Profiles;
using KpiWarehouse.Etl.Publishing;
using KpiWarehouse.Etl.Reading;
using KpiWarehouse.Etl.Star;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl;

/// <summary>
/// <c>kpiw load</c>: reads the canonical raw files, validates them, builds the star schema, exports Parquet and
/// publishes a new generation of the warehouse (docs/etl.md). User errors come back as a <see cref="Diagnostic"/>;
/// nothing is published unless every step succeeded.
/// </summary>
public static partial class WarehouseLoader
{
    /// <summary>Runs a load.</summary>
    public static Outcome<LoadResult> Load(LoadOptions options, IProgress<ProgressUpdate>? progress = null)
    {
        if (options.Locale is not (null or "fr"))
            return LoadDiagnostics.Error(LoadDiagnostics.BadOption, $"unknown locale '{options.Locale}' (the only one is 'fr')", "--locale");
        if (options.MaxRejectRate is < 0 or > 1 || double.IsNaN(options.MaxRejectRate))
            return LoadDiagnostics.Error(LoadDiagnostics.BadOption, $"--max-reject-rate must be between 0 and 1 (was {options.MaxRejectRate})", "--max-reject-rate");
        if (options.Profile is not null && options.Locale is not null)
            return LoadDiagnostics.Error(LoadDiagnostics.BadOption, "--locale applies to canonical files; a profile sets its sources' parsing options itself", "--locale");
        if (!Directory.Exists(options.RawFolder))
            return LoadDiagnostics.Error(LoadDiagnostics.RawFolderMissing, "the raw folder does not exist", options.RawFolder);
        ImportProfile? profile = null;
        if (options.Profile is not null)
        {
            var found = ProfileCatalog.Find(options.Profile);
            if (!found.IsSuccess)
                return found.Error!;
            profile = found.Value;
        }
        try
        {
            Directory.CreateDirectory(Path.Combine(options.Warehouse, "generations"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadDiagnostics.Error(LoadDiagnostics.WarehouseUnusable, $"cannot create the warehouse folder: {e.Message}", options.Warehouse);
        }

        var locked = WarehouseLock.Acquire(options.Warehouse);
        if (!locked.IsSuccess)
            return locked.Error!;
        using var hold = locked.Value;
        FaultHook.Reach("locked");
        var removed = Generations.RemoveUnpublished(options.Warehouse);
        var previous = Generations.Current(options.Warehouse);
        if (options.Append && previous is null)
            return LoadDiagnostics.Error(LoadDiagnostics.NothingToAppend, "--append needs a published generation to add to; run a full load first", options.Warehouse);

        var id = Generations.Next(options.Warehouse);
        var folder = Generations.Folder(options.Warehouse, id);
        Directory.CreateDirectory(folder);
        if (profile is not null)
        {
            // The profile writes the canonical files into the generation; the load then reads them like any raw
            // folder, and the manifest's raw_folder names them (kpiw verify's reference reads them back).
            var profiled = ProfileRunner.Run(profile, options.RawFolder, Path.Combine(folder, "canonical"), progress);
            if (!profiled.IsSuccess)
            {
                TryDelete(folder);
                return profiled.Error!;
            }
            options = options with { RawFolder = profiled.Value.CanonicalFolder, ProfileRun = profiled.Value };
        }
        var run = new LoadRun(options, id, folder, previous, progress);
        run.Warnings.AddRange(removed.Select(r => new Diagnostic(LoadDiagnostics.BrokenGenerationRemoved,
            $"removed generation {r}, left unpublished by an interrupted load", Generations.Folder(options.Warehouse, r))));
        Outcome<LoadResult> outcome;
        try
        {
            outcome = run.Execute();
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
        if (!outcome.IsSuccess)
        {
            TryDelete(folder);
            return outcome;
        }
        FaultHook.Reach("before-publish");
        Generations.Publish(options.Warehouse, id);
        FaultHook.Reach("published");
        Generations.Prune(options.Warehouse);
        TryDelete(Path.Combine(options.Warehouse, "rejected"));
        return outcome;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next load's RemoveUnpublished.
        }
    }
}
