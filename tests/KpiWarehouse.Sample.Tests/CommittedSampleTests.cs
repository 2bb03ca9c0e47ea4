using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>data/sample is exactly what the generator writes today.</summary>
public sealed class CommittedSampleTests
{
    public const double Scale = 0.1;
    public const int Seed = 42;
    private const string Reaccept =
        "dotnet run --project src/KpiWarehouse.Cli -- sample --out data/sample --scale 0.1 --seed 42 (or run this test with KPIW_ACCEPT=1)";

    [Fact]
    public void CommittedSample_RegeneratedWithItsScaleAndSeed_IsByteIdentical()
    {
        var committed = KpiWarehouse.Testing.RepoRoot.Combine("data", "sample");
        using var fresh = new SampleFolder(Scale, Seed);
        if (Environment.GetEnvironmentVariable("KPIW_ACCEPT") == "1")
        {
            Directory.CreateDirectory(committed);
            foreach (var path in Directory.GetFiles(fresh.Path))
                File.Copy(path, Path.Combine(committed, Path.GetFileName(path)), overwrite: true);
            return;
        }
        foreach (var path in Directory.GetFiles(fresh.Path))
        {
            var name = Path.GetFileName(path);
            var expected = Path.Combine(committed, name);
            Assert.True(File.Exists(expected), $"data/sample/{name} is missing. If the generator change is intended, re-accept with: {Reaccept}");
            var a = File.ReadAllBytes(expected);
            var b = File.ReadAllBytes(path);
            var at = a.AsSpan().CommonPrefixLength(b);
            Assert.True(a.Length == b.Length && at == a.Length,
                $"data/sample/{name} differs from the generator's output at byte {at}. If the generator change is intended, re-accept with: {Reaccept}");
        }
    }
}
