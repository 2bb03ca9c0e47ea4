using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Verify.Grid;

/// <summary>The <c>--kpi</c> choice: the named KPIs in catalog order, or all of them.</summary>
public static class KpiSelection
{
    /// <summary>
    /// The KPIs of <paramref name="all"/> named in <paramref name="names"/> (exact names; every KPI when none is given),
    /// in catalog order; an unknown name is KPIW-V001, with the closest name ignoring case as a suggestion.
    /// </summary>
    public static Outcome<IReadOnlyList<VerifiedKpi>> Select(IReadOnlyList<VerifiedKpi> all, IReadOnlyCollection<string>? names)
    {
        if (names is null || names.Count == 0)
            return Outcome<IReadOnlyList<VerifiedKpi>>.Ok(all);
        var known = all.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (known.Contains(name))
                continue;
            var suggestion = all.Select(k => k.Name).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
                ?? all.Select(k => k.Name).FirstOrDefault(k => k.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase));
            return VerifyDiagnostics.UnknownKpi(name, suggestion);
        }
        var chosen = names.ToHashSet(StringComparer.Ordinal);
        return Outcome<IReadOnlyList<VerifiedKpi>>.Ok(all.Where(k => chosen.Contains(k.Name)).ToList());
    }
}
