using System.Diagnostics;
using System.Globalization;
using System.Text;
using KpiWarehouse.Sample;

// Measures `kpiw sample` throughput: the median of several generations at one scale, against a baseline
// that writes the same number of rows (of the same average length) of constant text with a plain
// StreamWriter, so the ratio says what the simulation costs on top of writing the bytes.
// Usage: dotnet run -c Release --project bench/sample -- [--scale 10] [--runs 5] [--seed 42] [--out DIR]
var scale = 10.0;
var runs = 5;
var seed = 42;
var root = Path.Combine(Path.GetTempPath(), "kpiw-sample-bench");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--out": root = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
var folder = Path.Combine(root, "sample");
// Warm-up to steady state: tiered compilation keeps methods at tier 0 until calls settle, so two
// generations at scale 1 (about 190,000 rows each) get the hot paths to optimized code first.
SampleGenerator.Generate(folder, 1, seed);
SampleGenerator.Generate(folder, 1, seed);
var generation = new List<double>();
var cpu = new List<double>();
long allocated = 0;
SampleSummary? summary = null;
var process = Process.GetCurrentProcess();
for (var run = 0; run < runs; run++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var outcome = SampleGenerator.Generate(folder, scale, seed);
    clock.Stop();
    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    process.Refresh();
    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
    if (!outcome.IsSuccess)
    {
        Console.Error.WriteLine(outcome.Error);
        return 1;
    }
    summary = outcome.Value;
    generation.Add(clock.Elapsed.TotalSeconds);
}
var rows = summary!.TotalRows;
var bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);

var line = new string('x', (int)Math.Max(1, bytes / rows - 1));
var baselineFile = Path.Combine(root, "baseline.csv");
var baseline = new List<double>();
for (var run = 0; run < runs; run++)
{
    var clock = Stopwatch.StartNew();
    using (var writer = new StreamWriter(baselineFile, false, new UTF8Encoding(false), 1 << 16))
    {
        for (long r = 0; r < rows; r++)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }
    clock.Stop();
    baseline.Add(clock.Elapsed.TotalSeconds);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

var g = Median(generation);
var b = Median(baseline);
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"load average before the runs: {load}"));
Console.WriteLine(string.Create(inv, $"scale {scale}, seed {seed}, {runs} runs, {Environment.ProcessorCount} cores, {Environment.Version}"));
Console.WriteLine(string.Create(inv, $"rows {rows:N0}, bytes {bytes:N0} ({bytes / (double)rows:F1} bytes/row)"));
Console.WriteLine(string.Create(inv, $"generator: median {g:F3} s ({string.Join(" ", generation.Select(x => x.ToString("F3", inv)))}), {rows / g:N0} rows/s, {bytes / g / 1e6:F1} MB/s"));
Console.WriteLine(string.Create(inv, $"generator CPU time (user + system, unaffected by other processes' load): median {Median(cpu):F3} s, {rows / Median(cpu):N0} rows per CPU-second"));
Console.WriteLine(string.Create(inv, $"generator allocations: {allocated / 1e6:F1} MB per generation ({allocated / (double)rows:F1} bytes per row)"));
Console.WriteLine(string.Create(inv, $"baseline (constant text, StreamWriter): median {b:F3} s, {rows / b:N0} rows/s"));
Console.WriteLine(string.Create(inv, $"generator / baseline time: {g / b:F2}"));
Directory.Delete(root, recursive: true);
return 0;
