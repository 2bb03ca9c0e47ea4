namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The real public data sets of <c>../shared/datasets/</c> (beside the repository; never copied into it). Tests on
/// them are <see cref="DatasetFactAttribute"/>s: reported as skipped, with the reason, when the folder is absent.
/// </summary>
public static class Datasets
{
    public static readonly string Root = Path.Combine(Path.GetDirectoryName(FindRepoRoot())!, "shared", "datasets");

    public static string Folder(string name) => Path.Combine(Root, name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KpiWarehouse.sln")))
                return dir.FullName;
        throw new InvalidOperationException("KpiWarehouse.sln not found above the test binaries");
    }
}

/// <summary>A fact that needs <c>../shared/datasets/&lt;folder&gt;</c>; skipped (visibly, with the path) when it is absent.</summary>
public sealed class DatasetFactAttribute : FactAttribute
{
    public DatasetFactAttribute(string folder)
    {
        if (!Directory.Exists(Datasets.Folder(folder)))
            Skip = $"data set not present: {Datasets.Folder(folder)}";
    }
}
