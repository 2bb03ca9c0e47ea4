using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Running;

/// <summary>Gathers comparisons and timings as batches finish and builds the report in its fixed order.</summary>
internal sealed class ResultCollector
{
    private readonly IReadOnlyList<VerifiedKpi> _kpis;
    private readonly Dictionary<string, int> _kpiOrder;
    private readonly Dictionary<string, int> _familyOrder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _slicerOrder;
    private readonly VerifyOptions _options;
    private readonly Dictionary<(string Kpi, string Family, Grain Grain), long[]> _tallies = [];
    private readonly Dictionary<(string Kpi, string Family, Grain Grain, string Period, string Slicer), long[]> _agreement = [];
    private readonly List<Mismatch> _mismatches = [];
    private readonly Dictionary<string, List<SeriesPoint>> _series = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly SortedDictionary<string, SortedSet<string>> _outside = new(StringComparer.Ordinal);
    private readonly List<BatchTiming> _batches = [];
    private readonly Dictionary<string, (double ReferenceMs, string Slowest, double SlowestMs)> _kpiTimes = new(StringComparer.Ordinal);
    private double _daxMs;
    private double _referenceMs;

    public ResultCollector(IReadOnlyList<VerifiedKpi> kpis, IReadOnlyList<Batch> batches, VerifyOptions options)
    {
        _kpis = kpis;
        _options = options;
        _kpiOrder = kpis.Select((k, i) => (k.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        foreach (var batch in batches)
            _familyOrder.TryAdd(batch.Check.Family, _familyOrder.Count);
        _slicerOrder = Slicer.All.Prepend(Slicer.None).Select((s, i) => (s.Label, i)).ToDictionary(p => p.Label, p => p.i, StringComparer.Ordinal);
        foreach (var kpi in kpis)
            _kpiTimes[kpi.Name] = (0, "", -1);
    }

    private const string OutsideGridText = "DAX rows for values the grid does not have";

    /// <summary>True for a note about DAX rows outside the grid (the report folds those).</summary>
    public static bool IsOutsideGridNote(string note) => note.Contains(": " + OutsideGridText + " ", StringComparison.Ordinal);

    public void Note(string note) => _notes.Add(note);

    /// <summary>DAX showed <paramref name="value"/> of <paramref name="column"/>, which the grid does not have.</summary>
    public void Outside(string column, string? value)
    {
        if (!_outside.TryGetValue(column, out var values))
            _outside[column] = values = new SortedSet<string>(StringComparer.Ordinal);
        values.Add(value ?? "BLANK");
    }

    public void Record(Batch batch, int kpiIndex, Period period, string? member, object? dax, decimal? reference, Verdict verdict)
    {
        var kpi = batch.Kpis[kpiIndex].Name;
        var family = batch.Check.Family;
        var failed = verdict.IsEqual ? 0 : 1;
        Add(_tallies, (kpi, family, batch.Grain), failed);
        var cell = (kpi, family, batch.Grain, period.Key, batch.Slicer.Label);
        Add(_agreement, cell, failed);
        if (!verdict.IsEqual)
            _mismatches.Add(new Mismatch(kpi, batch.Check.Label, batch.Grain, period.Key, batch.Slicer.Label, member, dax, reference, verdict.Reason!));
        if (batch.Check.Kind == CheckKind.Measure && batch.Grain == Grain.Month && batch.Slicer.IsNone)
        {
            if (!_series.TryGetValue(kpi, out var points))
                _series[kpi] = points = [];
            points.Add(new SeriesPoint(period.Key, DaxValues.AsDouble(dax), reference is { } r ? (double)r : null));
        }
    }

    /// <summary>A comparison outside the grid's cells (a kpi_monthly row no cell took): always a mismatch.</summary>
    public void RecordExtra(string kpi, Check check, Grain grain, string period, string slicer, string? member, object? value, string reason)
    {
        Add(_tallies, (kpi, check.Family, grain), 1);
        Add(_agreement, (kpi, check.Family, grain, period, slicer), 1);
        _mismatches.Add(new Mismatch(kpi, check.Label, grain, period, slicer, member, value, null, reason));
    }

    public void Time(Batch batch, double daxMs, double referenceMs, double[] kpiReferenceMs)
    {
        _daxMs += daxMs;
        _referenceMs += referenceMs;
        _batches.Add(new BatchTiming(batch.Label, batch.CellCount, daxMs, referenceMs));
        for (var k = 0; k < batch.Kpis.Count; k++)
        {
            var (reference, slowest, slowestMs) = _kpiTimes[batch.Kpis[k].Name];
            _kpiTimes[batch.Kpis[k].Name] = daxMs > slowestMs
                ? (reference + kpiReferenceMs[k], batch.Label, daxMs)
                : (reference + kpiReferenceMs[k], slowest, slowestMs);
        }
    }

    // Period keys (2024, 2024-Q1, 2024-03) sort in date order as ordinal text within a grain.
    public VerificationReport Build(CalendarCheck calendar, double calendarDaxMs)
    {
        int Kpi(string name) => _kpiOrder[name];
        int Family(string family) => _familyOrder.GetValueOrDefault(family, int.MaxValue);
        var mismatches = _mismatches
            .OrderBy(m => Kpi(m.Kpi)).ThenBy(m => Family(FamilyOf(m.Check))).ThenBy(m => m.Check, StringComparer.Ordinal)
            .ThenBy(m => m.Grain).ThenBy(m => m.Period, StringComparer.Ordinal)
            .ThenBy(m => _slicerOrder.GetValueOrDefault(m.Slicer, int.MaxValue)).ThenBy(m => m.Member, StringComparer.Ordinal)
            .GroupBy(m => m.Kpi).SelectMany(g => g.Take(_options.MismatchesListedPerKpi)).ToList();
        return new VerificationReport
        {
            Kpis = _kpis.Select(k => k.Name).ToList(),
            Calendar = calendar,
            Tallies = _tallies.OrderBy(t => Kpi(t.Key.Kpi)).ThenBy(t => Family(t.Key.Family)).ThenBy(t => t.Key.Grain)
                .Select(t => new Tally(t.Key.Kpi, t.Key.Family, t.Key.Grain, t.Value[0], t.Value[1])).ToList(),
            Agreement = _agreement.OrderBy(a => Kpi(a.Key.Kpi)).ThenBy(a => Family(a.Key.Family)).ThenBy(a => a.Key.Grain)
                .ThenBy(a => a.Key.Period, StringComparer.Ordinal).ThenBy(a => _slicerOrder.GetValueOrDefault(a.Key.Slicer, int.MaxValue))
                .Select(a => new AgreementCell(a.Key.Kpi, a.Key.Family, a.Key.Grain, a.Key.Period, a.Key.Slicer, a.Value[0], a.Value[1])).ToList(),
            Mismatches = mismatches,
            Series = _series.OrderBy(s => Kpi(s.Key)).ToDictionary(s => s.Key, s => (IReadOnlyList<SeriesPoint>)s.Value, StringComparer.Ordinal),
            Notes = _outside.Select(o => $"{o.Key}: {OutsideGridText} were not compared: {string.Join(", ", o.Value.Take(10))}{(o.Value.Count > 10 ? ", …" : "")}")
                .Concat(_notes).ToList(),
            // The verifier sets TotalMs once the report is built.
            Timings = new Timings(0, _daxMs + calendarDaxMs, _referenceMs, _batches.ToList(),
                _kpis.Select(k => _kpiTimes[k.Name]).Zip(_kpis, (t, k) => new KpiTiming(k.Name, t.ReferenceMs, t.Slowest, Math.Max(0, t.SlowestMs))).ToList()),
        };
    }

    private static string FamilyOf(string checkLabel) =>
        checkLabel.IndexOf(" as ", StringComparison.Ordinal) is var at and >= 0 ? checkLabel[..at] : checkLabel;

    private static void Add<TKey>(Dictionary<TKey, long[]> counts, TKey key, int failed) where TKey : notnull
    {
        if (!counts.TryGetValue(key, out var count))
            counts[key] = count = new long[2];
        count[0]++;
        count[1] += failed;
    }
}
