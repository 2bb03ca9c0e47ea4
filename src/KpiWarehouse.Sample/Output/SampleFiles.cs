using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Sample.Output;

/// <summary>The 15 canonical files of one sample, open for writing, each with the contract's header.</summary>
internal sealed class SampleFiles : IDisposable
{
    private readonly List<CsvFile> _all = [];
    private readonly List<Stream> _streams = [];
    private readonly BackgroundWriter _writer = new();

    public SampleFiles(string folder)
    {
        try
        {
            Reps = Open(folder, RawSchema.Reps);
            Customers = Open(folder, RawSchema.Customers);
            Products = Open(folder, RawSchema.Products);
            Stages = Open(folder, RawSchema.Stages);
            Leads = Open(folder, RawSchema.Leads);
            Opportunities = Open(folder, RawSchema.Opportunities);
            OpportunityStages = Open(folder, RawSchema.OpportunityStages);
            Quotes = Open(folder, RawSchema.Quotes);
            Activities = Open(folder, RawSchema.Activities);
            Meetings = Open(folder, RawSchema.Meetings);
            Orders = Open(folder, RawSchema.Orders);
            SubscriptionEvents = Open(folder, RawSchema.SubscriptionEvents);
            MarketingSpend = Open(folder, RawSchema.MarketingSpend);
            Surveys = Open(folder, RawSchema.Surveys);
            Targets = Open(folder, RawSchema.Targets);
        }
        catch
        {
            Dispose(); // a file that cannot be opened must not leave the writer thread running
            throw;
        }
    }

    public CsvFile Reps { get; }
    public CsvFile Customers { get; }
    public CsvFile Products { get; }
    public CsvFile Stages { get; }
    public CsvFile Leads { get; }
    public CsvFile Opportunities { get; }
    public CsvFile OpportunityStages { get; }
    public CsvFile Quotes { get; }
    public CsvFile Activities { get; }
    public CsvFile Meetings { get; }
    public CsvFile Orders { get; }
    public CsvFile SubscriptionEvents { get; }
    public CsvFile MarketingSpend { get; }
    public CsvFile Surveys { get; }
    public CsvFile Targets { get; }

    /// <summary>Every file, in the order of <see cref="RawSchema.Entities"/>.</summary>
    public IReadOnlyList<CsvFile> All => _all;

    /// <summary>Writes out everything still buffered; rethrows a write failure.</summary>
    public void Complete()
    {
        foreach (var file in _all)
            file.Flush();
        _writer.Complete();
    }

    public void Dispose()
    {
        _writer.Dispose();
        foreach (var stream in _streams)
            stream.Dispose();
    }

    private CsvFile Open(string folder, RawEntity entity)
    {
        var stream = new FileStream(Path.Combine(folder, entity.FileName), FileMode.Create, FileAccess.Write,
            FileShare.None, bufferSize: 1, FileOptions.SequentialScan);
        _streams.Add(stream);
        var file = new CsvFile(stream, _writer, entity.Name, entity.Columns.Select(c => c.Name));
        _all.Add(file);
        return file;
    }
}
