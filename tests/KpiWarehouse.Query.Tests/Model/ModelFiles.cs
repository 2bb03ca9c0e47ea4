namespace KpiWarehouse.Query.Tests.Model;

/// <summary>
/// The test data folder of the model reader, found from the test binary upwards so that accepting
/// (<c>KPIW_ACCEPT_GOLDEN=1</c>) rewrites the files in the repository.
/// </summary>
internal static class ModelFiles
{
    public static bool Accepting => Environment.GetEnvironmentVariable("KPIW_ACCEPT_GOLDEN") == "1";

    public static string Directory { get; } = KpiWarehouse.Testing.RepoRoot.Combine("tests", "KpiWarehouse.Query.Tests", "Model");

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
}
