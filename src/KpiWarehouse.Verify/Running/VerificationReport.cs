using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Running;

/// <summary>
/// What a verification found. Everything but <see cref="Timings"/> is a function of the inputs, in a fixed order
/// (catalog order of KPIs, then check, grain, period, slicer, member), so two runs give the same report.
/// </summary>
public sealed record VerificationReport
{
    /// <summary>The KPIs verified, in catalog order.</summary>
    public required IReadOnlyList<string> Kpis { get; init; }

    /// <summary>The model's date table against the reference's (whole calendar years covering the data).</summary>
    public required CalendarCheck Calendar { get; init; }

    /// <summary>Per KPI: cells checked and mismatches, per check family and grain.</summary>
    public required IReadOnlyList<Tally> Tallies { get; init; }

    /// <summary>Per KPI, check family, grain, period and slicer: cells checked and mismatches (the HTML grids).</summary>
    public required IReadOnlyList<AgreementCell> Agreement { get; init; }

    /// <summary>Every mismatch, in report order.</summary>
    public required IReadOnlyList<Mismatch> Mismatches { get; init; }

    /// <summary>Per KPI, the plain measure by month without a slicer: DAX and reference values (the charts).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<SeriesPoint>> Series { get; init; }

    /// <summary>Observations that are not mismatches: DAX rows outside the grid, failed queries.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Where the time went; the only part that differs between two runs.</summary>
    public required Timings Timings { get; init; }

    /// <summary>The number of comparisons.</summary>
    public long CellsChecked => Tallies.Sum(t => t.Checked);

    /// <summary>The number of comparisons that failed.</summary>
    public long MismatchCount => Tallies.Sum(t => t.Mismatches);

    /// <summary>True when every cell agrees and the date tables are the same.</summary>
    public bool Passed => MismatchCount == 0 && Calendar.Agrees;
}

/// <summary>The date tables: the model's (from DAX) and the reference's.</summary>
public sealed record CalendarCheck(DateOnly ModelFirst, DateOnly ModelLast, int ModelDays, DateOnly? ReferenceFirst, DateOnly? ReferenceLast, int ReferenceDays, bool Agrees);

/// <summary>Cells checked and mismatches of one KPI under one check family at one grain.</summary>
public sealed record Tally(string Kpi, string Family, Grain Grain, long Checked, long Mismatches);

/// <summary>Cells checked and mismatches of one KPI, check family, grain, period and slicer (all its members).</summary>
public sealed record AgreementCell(string Kpi, string Family, Grain Grain, string Period, string Slicer, long Checked, long Mismatches);

/// <summary>One cell where DAX and the reference differ, with its filter context.</summary>
/// <param name="Dax">The DAX value (null = BLANK); for a failed query, null with <paramref name="Reason"/> naming the error.</param>
/// <param name="Reference">The reference value (null = BLANK).</param>
public sealed record Mismatch(string Kpi, string Check, Grain Grain, string Period, string Slicer, string? Member,
    object? Dax, decimal? Reference, string Reason)
{
    /// <summary>The filter context as a person reads it: <c>month 2024-03, 'Customer'[Region] = North, role Rep as a@b</c>.</summary>
    public string Context => string.Join(", ", new[]
    {
        Grain == Grain.AllTime ? "all time" : $"{Grain.Label()} {Period}",
        Member is null ? null : $"{Slicer} = {Member}",
        Check == "measure" ? null : Check,
    }.OfType<string>());
}

/// <summary>A month of a KPI's chart.</summary>
public sealed record SeriesPoint(string Period, double? Dax, double? Reference);

/// <summary>Where the time went, in milliseconds.</summary>
public sealed record Timings(double TotalMs, double DaxMs, double ReferenceMs, IReadOnlyList<BatchTiming> Batches, IReadOnlyList<KpiTiming> Kpis)
{
    /// <summary>Comparisons per second of the whole run.</summary>
    public double CellsPerSecond(long cells) => TotalMs <= 0 ? 0 : cells / (TotalMs / 1000.0);
}

/// <summary>One DAX query: its batch, cells, DAX time and the reference time of its cells.</summary>
public sealed record BatchTiming(string Batch, long Cells, double DaxMs, double ReferenceMs);

/// <summary>One KPI: its reference time and the slowest DAX query it was part of.</summary>
public sealed record KpiTiming(string Kpi, double ReferenceMs, string SlowestBatch, double SlowestBatchMs);
