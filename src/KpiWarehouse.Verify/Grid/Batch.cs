namespace KpiWarehouse.Verify.Grid;

/// <summary>
/// The unit of DAX work: one query that evaluates <see cref="Kpis"/> for every period of <see cref="Grain"/> and
/// every member of <see cref="Slicer"/> under <see cref="Check"/>. Its cells are periods × members.
/// </summary>
public sealed record Batch(Check Check, Grain Grain, Slicer Slicer, IReadOnlyList<VerifiedKpi> Kpis,
    IReadOnlyList<Period> Periods, IReadOnlyList<string> Members)
{
    /// <summary>The members a cell may take: the slicer's members, or one null (no slicer).</summary>
    public IReadOnlyList<string?> CellMembers => Slicer.IsNone ? [null] : Members.Cast<string?>().ToList();

    /// <summary>The number of comparisons: KPIs × periods × members.</summary>
    public long CellCount => (long)Kpis.Count * Periods.Count * CellMembers.Count;

    /// <summary>The batch as progress and timings name it: <c>measure · month × 'Customer'[Region]</c>.</summary>
    public string Label => $"{Check.Label} · {Grain.Label()} × {Slicer.Label}";
}
