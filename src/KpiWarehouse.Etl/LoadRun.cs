using System.Collections.Concurrent;
using System.Diagnostics;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Export;
using KpiWarehouse.Etl.Manifest;
using KpiWarehouse.Etl.Reading;
using KpiWarehouse.Etl.Star;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl;

/// <summary>One load building one generation folder; <see cref="WarehouseLoader"/> publishes it or throws it away.</summary>
internal sealed partial class LoadRun(LoadOptions options, string id, string folder, string? previous, IProgress<ProgressUpdate>? progress)
{
    /// <summary>Row ids of rows carried from the previous generation by --append start here (above any line number).</summary>
    public const long CarriedBase = 1_000_000_000_000;

    private readonly List<StepTiming> _steps = [];
    private readonly Dictionary<string, RawFileResult> _files = [];

    public List<Diagnostic> Warnings { get; } = [];

    public Outcome<LoadResult> Execute()
    {
        // The work happens in an in-memory database (spilling to tmp/ under memory pressure); only the published
        // tables are written to warehouse.duckdb, at the end, so intermediate tables cost no disk writes.
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Configure(connection);

        var read = Step("read", () =>
        {
            // Files are read in parallel, each through its own connection to the same database (an appender
            // per table); results are then taken in contract order, so the first error and the warnings do
            // not depend on timing.
            foreach (var entity in RawSchema.Entities)
                RawFileReader.CreateTable(connection, entity);
            var results = new Outcome<RawFileResult>[RawSchema.Entities.Count];
            // Largest file first, each thread taking the next file when it is done: the big files do not end up
            // together at the end with one thread idle.
            var largestFirst = Enumerable.Range(0, RawSchema.Entities.Count)
                .OrderByDescending(i => FileSize(Path.Combine(options.RawFolder, RawSchema.Entities[i].FileName))).ThenBy(i => i).ToList();
            Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i =>
            {
                using var own = connection.Duplicate();
                own.Open();
                var entity = RawSchema.Entities[i];
                results[i] = RawFileReader.Read(own, entity, Path.Combine(options.RawFolder, entity.FileName),
                    options.Delimiter, options.DecimalComma, progress, options.Append);
            });
            for (var i = 0; i < results.Length; i++)
            {
                var entity = RawSchema.Entities[i];
                if (!results[i].IsSuccess)
                    return Outcome<long>.Fail(results[i].Error!);
                _files[entity.Name] = results[i].Value;
                Warnings.AddRange(results[i].Value.Warnings);
                Quarantine.RecordReadRejects(connection, entity.FileName, results[i].Value.Rejected);
            }
            if (options.ProfileRun is { } profiled)
            {
                foreach (var (file, rejected) in profiled.Rejects)
                    Quarantine.RecordReadRejects(connection, file, rejected);
                Warnings.AddRange(profiled.Warnings);
            }
            if (options.Append && CarryPrevious(connection) is { } outdated)
                return Outcome<long>.Fail(outdated);
            return Outcome<long>.Ok(_files.Values.Sum(f => f.RowsRead));
        });
        if (!read.IsSuccess)
            return read.Error!;
        FaultHook.Reach("read");

        Step("validate", () => { Validator.Run(connection, e => _files[e.Name].RepeatsKeys, progress); return Outcome<long>.Ok(read.Value); });
        Step("quarantine", () =>
        {
            Quarantine.Build(connection, options.RawFolder, options.Delimiter,
                options.ProfileRun?.Profile.Sources.Select(options.ProfileRun.Profile.QuarantineName).ToList() ?? []);
            return Outcome<long>.Ok(Sql.Scalar<long>(connection, $"select count(*) from {Quarantine.Table}"));
        });
        var files = Account(connection);
        var byRule = Sql.Rows(connection, $"select rule, count(*) from {Quarantine.Table} group by rule order by rule")
            .Select(r => ((string)r[0]!, Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        FaultHook.Reach("validated");

        var sources = AccountSources(connection);
        var over = files.FirstOrDefault(f => f.RejectRate > options.MaxRejectRate) ?? SourceOverRejectRate(sources);
        if (over is not null)
            return RejectRateExceeded(connection, over, files, byRule);
        WriteQuarantine(connection, folder);

        var starRows = Step("build star schema", () => Outcome<long>.Ok(StarBuilder.Build(connection, progress)));
        FaultHook.Reach("star");
        IReadOnlyList<ExportedTable> tables = [];
        Step("export parquet", () =>
        {
            tables = ParquetExporter.Export(connection, folder, progress);
            return Outcome<long>.Ok(starRows.Value);
        });
        FaultHook.Reach("exported");
        Step("write warehouse.duckdb", () =>
        {
            KeepAcceptedRows(connection);
            WriteDatabase(connection, tables);
            return Outcome<long>.Ok(read.Value);
        });
        connection.Close();

        var result = new LoadResult(id, folder, options.Append, previous, files, byRule, tables, Warnings, _steps) { Profile = sources };
        ManifestWriter.WriteFileAtomically(Path.Combine(folder, "manifest.json"), ManifestWriter.Write(result, options));
        return Outcome<LoadResult>.Ok(result);
    }

    private void Configure(DuckDBConnection connection)
    {
        var temp = Path.Combine(folder, "tmp").Replace("'", "''");
        Sql.Execute(connection, $"""
            set memory_limit = '{options.MemoryLimit}';
            set threads = {options.Threads};
            set preserve_insertion_order = true;
            set temp_directory = '{temp}';
            """);
        Validator.CreateFailuresTable(connection);
        Quarantine.CreateRawLinesTable(connection);
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private Outcome<long> Step(string name, Func<Outcome<long>> work)
    {
        progress?.Report(new ProgressUpdate(name, 0, null));
        var clock = Stopwatch.StartNew();
        var outcome = work();
        if (outcome.IsSuccess)
            _steps.Add(new StepTiming(name, clock.Elapsed.TotalSeconds, outcome.Value));
        return outcome;
    }
}
