namespace KpiWarehouse.Etl.Tests.Support;

/// <summary>Where the corpus, the built kpiw command and scratch folders are.</summary>
internal static class TestPaths
{
    public static readonly string RepoRoot = KpiWarehouse.Testing.RepoRoot.Path;

    public static string Corpus(params string[] parts) =>
        Path.Combine([RepoRoot, "tests", "KpiWarehouse.Etl.Tests", "corpus", .. parts]);

    /// <summary>kpiw.dll of the same configuration as this test assembly (built through the project reference).</summary>
    public static string KpiwDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(RepoRoot, "src", "KpiWarehouse.Cli", "bin", configuration, "net10.0", "kpiw.dll");
        }
    }

    /// <summary>A fresh empty folder, removed when the returned scope is disposed.</summary>
    public static TempFolder Temp() => new();
}

internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpiw-etl-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Sub(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
