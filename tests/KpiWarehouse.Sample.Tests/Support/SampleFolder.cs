namespace KpiWarehouse.Sample.Tests.Support;

/// <summary>A sample generated into a fresh temporary folder, deleted at the end of the tests that share it.</summary>
public sealed class SampleFolder : IDisposable
{
    private readonly Dictionary<string, CsvTable> _tables = [];

    public SampleFolder(double scale, int seed)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpiw-sample-tests", Guid.NewGuid().ToString("N"));
        var outcome = SampleGenerator.Generate(Path, scale, seed);
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Summary = outcome.Value;
    }

    public string Path { get; }
    public SampleSummary Summary { get; }

    /// <summary>The file <c>name.csv</c>, read once.</summary>
    public CsvTable Table(string name)
    {
        lock (_tables)
        {
            if (!_tables.TryGetValue(name, out var table))
                _tables[name] = table = CsvTable.Read(System.IO.Path.Combine(Path, name + ".csv"));
            return table;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}

/// <summary>The scale 0.1 sample most tests read.</summary>
public sealed class SmallSample() : IDisposable
{
    public SampleFolder Folder { get; } = new(0.1, 42);
    public void Dispose() => Folder.Dispose();
}

/// <summary>The scale 1 sample (about 200,000 rows, well under a second) for the per-month checks.</summary>
public sealed class FullSample() : IDisposable
{
    private readonly Dictionary<string, List<Dictionary<string, string>>> _records = [];

    public SampleFolder Folder { get; } = new(1, 42);

    /// <summary>The rows of <c>name.csv</c> as column → value maps, read once.</summary>
    public List<Dictionary<string, string>> Cache(string name)
    {
        lock (_records)
        {
            if (!_records.TryGetValue(name, out var rows))
                _records[name] = rows = Folder.Table(name).Records().ToList();
            return rows;
        }
    }

    public void Dispose() => Folder.Dispose();
}
