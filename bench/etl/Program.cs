using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Etl;
using KpiWarehouse.Sample;

// Measures `kpiw load` against its floor: DuckDB alone reading the same CSV files (read_csv, its own type
// detection) and writing each as one Parquet file, with the same memory limit and threads, in the same
// process and run. Runs alternate floor and load; the table shows medians of wall and process CPU time (the
// CPU time includes DuckDB's native threads and does not depend on neighbours on a shared machine).
// Usage: dotnet run -c Release --project bench/etl -- [--scale 10] [--runs 3] [--seed 42] [--raw DIR]
var scale = 10.0;
var runs = 3;
var seed = 42;
string? raw = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--raw": raw = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var root = Path.Combine(Path.GetTempPath(), "kpiw-etl-bench");
if (Directory.Exists(root))
    Directory.Delete(root, recursive: true);
if (raw is null)
{
    raw = Path.Combine(root, "raw");
    var generated = SampleGenerator.Generate(raw, scale, seed);
    if (!generated.IsSuccess)
    {
        Console.Error.WriteLine(generated.Error);
        return 1;
    }
}
var files = Directory.GetFiles(raw, "*.csv").Order(StringComparer.Ordinal).ToList();
var bytes = files.Sum(f => new FileInfo(f).Length);
var options = new LoadOptions(raw, Path.Combine(root, "warehouse"), MaxRejectRate: 1);
Console.WriteLine($"input: {files.Count} files, {bytes / 1e6:0.0} MB in {raw}; threads {options.Threads}, memory_limit {options.MemoryLimit}; load average {LoadAverage()}");

var process = Process.GetCurrentProcess();
var floor = new List<(double Wall, double Cpu)>();
var load = new List<(double Wall, double Cpu)>();
LoadResult? last = null;
var stepCpu = new StepCpu(process);
for (var run = 0; run < runs; run++)
{
    floor.Add(Measure(() => Floor(files, Path.Combine(root, "floor"), options)));
    load.Add(Measure(() =>
    {
        stepCpu.Clear();
        var outcome = WarehouseLoader.Load(options, stepCpu);
        stepCpu.End();
        if (!outcome.IsSuccess)
            throw new InvalidOperationException(outcome.Error!.ToString());
        last = outcome.Value;
    }));
    Console.WriteLine($"run {run + 1}: floor {floor[^1].Wall:0.00} s wall / {floor[^1].Cpu:0.00} s CPU; load {load[^1].Wall:0.00} s wall / {load[^1].Cpu:0.00} s CPU");
}
process.Refresh();

double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
var rows = last!.RowsRead;
Console.WriteLine();
Console.WriteLine($"| measure | floor (read_csv → Parquet) | kpiw load | load / floor |");
Console.WriteLine($"|---|---:|---:|---:|");
Console.WriteLine($"| wall time, median of {runs} | {Median(floor.Select(f => f.Wall)):0.00} s | {Median(load.Select(l => l.Wall)):0.00} s | {Median(load.Select(l => l.Wall)) / Median(floor.Select(f => f.Wall)):0.00} |");
Console.WriteLine($"| CPU time, median of {runs} | {Median(floor.Select(f => f.Cpu)):0.00} s | {Median(load.Select(l => l.Cpu)):0.00} s | {Median(load.Select(l => l.Cpu)) / Median(floor.Select(f => f.Cpu)):0.00} |");
Console.WriteLine($"| rows/s (wall) | {rows / Median(floor.Select(f => f.Wall)):N0} | {rows / Median(load.Select(l => l.Wall)):N0} | |");
Console.WriteLine();
Console.WriteLine("| step (last run) | seconds | CPU seconds | rows | rows/s |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var step in last.Steps)
    Console.WriteLine($"| {step.Name} | {step.Seconds:0.00} | {stepCpu.Seconds(step.Name):0.00} | {step.Rows:N0} | {(step.Seconds > 0 ? step.Rows / step.Seconds : 0):N0} |");
Console.WriteLine();
Console.WriteLine($"peak working set of the benchmark process: {process.PeakWorkingSet64 / 1e9:0.00} GB; load average {LoadAverage()}");
return 0;

(double Wall, double Cpu) Measure(Action work)
{
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    work();
    clock.Stop();
    process.Refresh();
    return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
}

static void Floor(List<string> files, string folder, LoadOptions options)
{
    if (Directory.Exists(folder))
        Directory.Delete(folder, recursive: true);
    Directory.CreateDirectory(folder);
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = $"set memory_limit = '{options.MemoryLimit}'; set threads = {options.Threads};";
    command.ExecuteNonQuery();
    foreach (var file in files)
    {
        var target = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".parquet");
        command.CommandText = $"copy (select * from read_csv('{file}', header = true)) to '{target}' (format parquet, compression zstd)";
        command.ExecuteNonQuery();
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

// Process CPU time per load step: a step starts when the load reports it with no total (LoadRun.Step) and ends
// when the next one starts; the last step runs to the end of the load (manifest and publishing included).
internal sealed class StepCpu(Process process) : IProgress<ProgressUpdate>
{
    private readonly List<(string Step, TimeSpan Cpu)> _marks = [];

    public void Clear() => _marks.Clear();

    public void Report(ProgressUpdate value)
    {
        if (value is { Total: null, Done: 0 })
            _marks.Add((value.Step, Now()));
    }

    public void End() => _marks.Add(("", Now()));

    public double Seconds(string step)
    {
        var i = _marks.FindIndex(m => m.Step == step);
        return i < 0 || i + 1 >= _marks.Count ? double.NaN : (_marks[i + 1].Cpu - _marks[i].Cpu).TotalSeconds;
    }

    private TimeSpan Now()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }
}
