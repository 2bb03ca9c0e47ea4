using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Engine;
using KpiWarehouse.Reference.Kpis;
using KpiWarehouse.Reference.Reading;
using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference;

/// <summary>
/// The independent C# calculation of every KPI of kpi-catalog.md over the raw rows the load accepted. Built once
/// (indexes by date); <see cref="Evaluate(string, Cell)"/> is then cheap and safe to call from several threads.
/// </summary>
public sealed class ReferenceCalculator
{
    private readonly ReferenceIndex _index;
    private readonly ConditionalWeakTable<Cell, Prepared> _prepared = new();

    // One mask per set of visible reps, so the per-security results (order days per customer) are built once per user.
    private readonly ConcurrentDictionary<string, MemberMask> _securityMasks = new(StringComparer.Ordinal);

    private ReferenceCalculator(RawDataSet data, DateSet? calendar)
    {
        Data = data;
        _index = new ReferenceIndex(data, calendar);
    }

    /// <summary>The accepted rows the calculator works from.</summary>
    public RawDataSet Data { get; }

    /// <summary>The date table: every day of the whole calendar years covering the data ("all dates").</summary>
    public DateSet Calendar => _index.Calendar;

    /// <summary>Builds the calculator; <paramref name="calendar"/> overrides the date table derived from the data.</summary>
    public static ReferenceCalculator Create(RawDataSet data, DateSet? calendar = null) => new(data, calendar);

    /// <summary>Reads <paramref name="rawFolder"/> minus the quarantined rows and builds the calculator.</summary>
    public static Outcome<ReferenceCalculator> FromRawFolder(string rawFolder, RawReadOptions? options = null)
    {
        var read = RawDataReader.Read(rawFolder, options);
        return read.IsSuccess ? Outcome<ReferenceCalculator>.Ok(Create(read.Value)) : read.Error!;
    }

    /// <summary>The members of <paramref name="dimension"/>'s <paramref name="attribute"/>, distinct, ordinal order (null = empty).</summary>
    public IReadOnlyList<string?> MemberValues(Dimension dimension, string attribute)
    {
        var table = _index.Members.Of(dimension);
        var value = table.Attribute(attribute);
        return Enumerable.Range(0, table.Count).Select(value).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The value of KPI <paramref name="kpiName"/> (exact catalog name) in <paramref name="cell"/>; null is BLANK.
    /// An unknown KPI name or dimension attribute, or a security filter not on Rep, is a caller's bug
    /// (<see cref="ArgumentException"/>).
    /// </summary>
    public decimal? Evaluate(string kpiName, Cell cell)
    {
        if (!KpiRegistry.ByName.TryGetValue(kpiName, out var kpi))
            throw new ArgumentException($"'{kpiName}' is not a KPI of the catalog", nameof(kpiName));
        var prepared = _prepared.GetValue(cell, c => Prepare(c));
        if (prepared.Dates.IsEmpty)
            return null;
        return kpi.Compute(prepared.Scope.Only(kpi.Dims));
    }

    /// <summary>
    /// The target of the model's KPI objects: Σ target of targets.csv rows with <paramref name="metric"/> (REVENUE,
    /// NEW_LEADS or DEALS_WON) and month in D, filtered by Rep only (company rows count when Rep is not filtered).
    /// </summary>
    public decimal? EvaluateTarget(string metric, Cell cell)
    {
        var prepared = _prepared.GetValue(cell, c => Prepare(c));
        return prepared.Dates.IsEmpty ? null : RevenueKpis.TargetSum(prepared.Scope.Only(Kpis.Dims.R), metric.Trim().ToUpperInvariant());
    }

    /// <summary>Every KPI in <paramref name="cell"/>, by name, in catalog order.</summary>
    public IReadOnlyList<(string Kpi, decimal? Value)> EvaluateAll(Cell cell) =>
        KpiRegistry.All.Select(k => (k.Name, Evaluate(k.Name, cell))).ToList();

    private Prepared Prepare(Cell cell)
    {
        var dates = cell.Dates is null ? _index.Calendar : cell.Dates.Intersect(_index.Calendar);
        MemberMask? Mask(Dimension d)
        {
            var filters = cell.Filters.Where(f => f.Dimension == d).ToList();
            return filters.Count == 0 ? null : new MemberMask(_index.Members.Of(d).Mask(filters));
        }
        var scope = new Scope(_index, dates, Mask(Dimension.Customer), Mask(Dimension.Rep), Mask(Dimension.Product),
            Mask(Dimension.Channel), SecurityMask(cell.Security));
        return new Prepared(dates, scope);
    }

    private MemberMask? SecurityMask(MemberFilter? security)
    {
        if (security is null)
            return null;
        if (security.Dimension != Dimension.Rep)
            throw new ArgumentException($"row-level security filters 'Rep', not '{security.Dimension}'", nameof(security));
        var mask = new MemberMask(_index.Members.Rep.Mask([security]));
        return _securityMasks.GetOrAdd(string.Join(",", mask.Selected), _ => mask);
    }

    private sealed record Prepared(DateSet Dates, Scope Scope);
}
