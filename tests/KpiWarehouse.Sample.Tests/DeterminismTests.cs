using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>Same scale and seed, same bytes; another seed, other data; the encoding the contract expects.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Generate_SameScaleAndSeedTwice_WritesByteIdenticalFiles()
    {
        using var first = new SampleFolder(0.05, 7);
        using var second = new SampleFolder(0.05, 7);
        foreach (var file in Directory.GetFiles(first.Path).Select(Path.GetFileName))
            Assert.True(File.ReadAllBytes(Path.Combine(first.Path, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file!))), $"{file} differs");
    }

    [Fact]
    public void Generate_DifferentSeeds_WritesDifferentData()
    {
        using var first = new SampleFolder(0.05, 7);
        using var second = new SampleFolder(0.05, 8);
        foreach (var file in new[] { "leads.csv", "orders.csv", "customers.csv", "activities.csv" })
            Assert.False(File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))), $"{file} is the same");
    }

    [Fact]
    public void EveryFile_OfASample_IsUtf8WithoutBomWithLfLineEnds()
    {
        using var sample = new SampleFolder(0.05, 7);
        foreach (var path in Directory.GetFiles(sample.Path))
        {
            var bytes = File.ReadAllBytes(path);
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{path} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
    }
}
