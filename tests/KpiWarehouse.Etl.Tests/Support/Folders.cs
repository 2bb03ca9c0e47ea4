namespace KpiWarehouse.Etl.Tests.Support;

internal static class Folders
{
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.csv"))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    /// <summary>Every Parquet file under a generation, by relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> ParquetFiles(string generation) =>
        new(Directory.GetFiles(Path.Combine(generation, "parquet"), "*.parquet", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(generation, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static void AssertSameParquet(string expectedGeneration, string actualGeneration)
    {
        var expected = ParquetFiles(expectedGeneration);
        var actual = ParquetFiles(actualGeneration);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }
}
