namespace KpiWarehouse.Reference.Tests;

/// <summary>A temporary raw folder written by a test and deleted after it.</summary>
public sealed class TempRawFolder : IDisposable
{
    public TempRawFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpiw-ref-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public TempRawFolder With(string file, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
