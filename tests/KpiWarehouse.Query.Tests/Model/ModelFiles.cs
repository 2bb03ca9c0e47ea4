namespace KpiWarehouse.Query.Tests.Model;

/// <summary>
/// The test data folder of the model reader, found from the test binary upwards so that accepting
/// (<c>KPIW_ACCEPT_GOLDEN=1</c>) rewrites the files in the repository.
/// </summary>
internal static class ModelFiles
{
    public static bool Accepting => Environment.GetEnvironmentVariable("KPIW_ACCEPT_GOLDEN") == "1";

    public static string Directory { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Directory, .. parts]);

    /// <summary>Compares <paramref name="actual"/> with the golden file, or rewrites it when accepting.</summary>
    public static void AssertGolden(string goldenPath, string actual)
    {
        if (Accepting)
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"{goldenPath} is missing; run the tests with KPIW_ACCEPT_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "KpiWarehouse.Query.Tests", "Model");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/KpiWarehouse.Query.Tests/Model not found above " + AppContext.BaseDirectory);
    }
}
