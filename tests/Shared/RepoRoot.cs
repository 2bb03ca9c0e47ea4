namespace KpiWarehouse.Testing;

/// <summary>
/// The checkout the tests run in: the folder holding KpiWarehouse.sln, found above the test binaries. Compiled into
/// every test project (tests/Directory.Build.props), so golden files and fixtures are read from the source tree.
/// </summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path below the checkout, e.g. <c>RepoRoot.Combine("tests", "KpiWarehouse.Dax.Tests", "Semantics")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KpiWarehouse.sln")))
                return dir.FullName;
        throw new InvalidOperationException("KpiWarehouse.sln not found above " + AppContext.BaseDirectory);
    }
}
