namespace KpiWarehouse.Verify.Grid;

/// <summary>
/// The verification grid as batches of DAX work (docs/verify.md, "The grid"):
/// <list type="bullet">
/// <item>every KPI × every grain (all time, year, quarter, month) × no slicer and each slicer its Dims allow;</item>
/// <item>the additive KPIs × the time items YTD, PY, YoY, YoY % × year and month;</item>
/// <item>the KPIs with a KPI object × their target × all time, year and month × no slicer and each rep name;</item>
/// <item>every KPI × each sampled RLS user × year and month.</item>
/// </list>
/// </summary>
public static class GridPlan
{
    private static readonly Grain[] AllGrains = [Grain.AllTime, Grain.Year, Grain.Quarter, Grain.Month];
    private static readonly Grain[] YearAndMonth = [Grain.Year, Grain.Month];
    private static readonly Grain[] TargetGrains = [Grain.AllTime, Grain.Year, Grain.Month];

    /// <summary>The batches over <paramref name="kpis"/>, in report order; a batch without KPI or member is left out.</summary>
    /// <param name="kpis">The KPIs to verify.</param>
    /// <param name="calendar">The model's date table.</param>
    /// <param name="members">The raw members of each slicer (a slicer without an entry has no cell).</param>
    /// <param name="roleUsers">The (role, user) pairs whose RLS view is verified.</param>
    public static IReadOnlyList<Batch> Build(IReadOnlyList<VerifiedKpi> kpis, Calendar calendar,
        IReadOnlyDictionary<Slicer, IReadOnlyList<string>> members, IReadOnlyList<(string Role, string User)> roleUsers)
    {
        var batches = new List<Batch>();
        void Add(Check check, Grain grain, Slicer slicer, IEnumerable<VerifiedKpi> candidates)
        {
            var chosen = candidates.Where(k => k.IsSlicedBy(slicer)).ToList();
            IReadOnlyList<string> cellMembers = slicer.IsNone ? [] : members.GetValueOrDefault(slicer) ?? [];
            var periods = calendar.Periods(grain);
            if (chosen.Count == 0 || periods.Count == 0 || (!slicer.IsNone && cellMembers.Count == 0))
                return;
            batches.Add(new Batch(check, grain, slicer, chosen, periods, cellMembers));
        }

        foreach (var grain in AllGrains)
        {
            foreach (var slicer in Slicer.All.Prepend(Slicer.None))
                Add(Check.Measure, grain, slicer, kpis);
        }
        var additive = kpis.Where(k => k.IsAdditive).ToList();
        foreach (var item in Check.TimeItems)
        {
            foreach (var grain in YearAndMonth)
                Add(Check.Time(item), grain, Slicer.None, additive);
        }
        var withTarget = kpis.Where(k => k.TargetMetric is not null).ToList();
        foreach (var grain in TargetGrains)
        {
            Add(Check.Target, grain, Slicer.None, withTarget);
            // The targets fact relates to 'Rep' only, whatever the KPI's own Dims.
            Add(Check.Target, grain, Slicer.RepName, withTarget.Select(k => k with { Dims = [Reference.Cells.Dimension.Rep] }));
        }
        foreach (var (role, user) in roleUsers)
        {
            foreach (var grain in YearAndMonth)
                Add(Check.AsUser(role, user), grain, Slicer.None, kpis);
        }
        return batches;
    }
}
