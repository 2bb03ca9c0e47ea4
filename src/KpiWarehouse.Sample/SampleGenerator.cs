using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Sample.Output;
using KpiWarehouse.Sample.Randomness;
using KpiWarehouse.Sample.Simulation;

namespace KpiWarehouse.Sample;

/// <summary>
/// Writes a deterministic synthetic raw data set in the canonical contract: the 15 CSV files of
/// shared/spec/raw-contract.md over 2022-01-01..2024-12-31. The same scale and seed give byte-identical files
/// on every platform.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The largest scale accepted (about 20 million rows).</summary>
    public const double MaxScale = 100;

    /// <summary>
    /// Writes the 15 files into <paramref name="outDir"/> (created when missing; files of the same names
    /// are replaced) and returns the rows written per file. Fails with KPIW-S001 on a scale outside
    /// (0, <see cref="MaxScale"/>] and KPIW-S002 when the folder cannot be written.
    /// </summary>
    /// <param name="outDir">The folder to write to.</param>
    /// <param name="scale">The size factor: 1 ≈ 200,000 rows; rows grow linearly with it.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="progress">Receives the generation's progress, when given.</param>
    public static Outcome<SampleSummary> Generate(string outDir, double scale, int seed, IProgress<ProgressUpdate>? progress = null)
    {
        if (double.IsNaN(scale) || scale <= 0 || scale > MaxScale)
            return Outcome<SampleSummary>.Fail("KPIW-S001", $"The scale must be a number greater than 0 and at most {MaxScale}; got {scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", "--scale");
        try
        {
            Directory.CreateDirectory(outDir);
            SampleSummary summary;
            using (var files = new SampleFiles(outDir))
            {
                new SalesSimulation(new Rng(seed), files, SampleSize.For(scale), progress).Run();
                files.Complete();
                summary = new SampleSummary(files.All.Select(f => new SampleFileCount(f.Name + ".csv", f.Rows)).ToList());
            }
            return Outcome<SampleSummary>.Ok(summary);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Outcome<SampleSummary>.Fail("KPIW-S002", $"Cannot write the sample: {error.Message}", outDir);
        }
    }
}

/// <summary>The rows written to one file.</summary>
/// <param name="File">The file name (<c>orders.csv</c>).</param>
/// <param name="Rows">Data rows, the header not counted.</param>
public sealed record SampleFileCount(string File, long Rows);

/// <summary>What a generation wrote: the rows of each of the 15 files, in the contract's order.</summary>
/// <param name="Files">One entry per file.</param>
public sealed record SampleSummary(IReadOnlyList<SampleFileCount> Files)
{
    /// <summary>Rows written over all files.</summary>
    public long TotalRows => Files.Sum(f => f.Rows);
}
