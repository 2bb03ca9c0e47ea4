using KpiWarehouse.Reference;
using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Time;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Running;

/// <summary>
/// The reference value of every kind of check. Cells are built once per (period, member) and shared by the KPIs of a
/// batch, so the calculator's per-cell preparation is reused.
/// </summary>
internal sealed class ReferenceSide(ReferenceCalculator reference, Calendar calendar, RlsRoles roles)
{
    private readonly Dictionary<string, string> _repNameById = reference.Data.Reps
        .GroupBy(r => r.RepId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().RepName, StringComparer.Ordinal);

    /// <summary>The reference cells of one grid cell: the current dates and, for YoY items, the prior year's.</summary>
    public CellPlan Plan(Batch batch, Period period, string? member)
    {
        var filters = new List<MemberFilter>();
        if (member is not null)
            filters.Add(new MemberFilter(batch.Slicer.Dimension!.Value, batch.Slicer.Column, member));
        if (batch.Check.Kind == CheckKind.Role)
            filters.Add(new MemberFilter(Dimension.Rep, "Rep Id", roles.VisibleRepIds(batch.Check.Role!, batch.Check.User!).Cast<string?>().ToList()));
        var dates = period.Dates;
        Cell? prior = null;
        switch (batch.Check.Item)
        {
            case "YTD":
                dates = TimeItems.YearToDate(dates, calendar.All);
                break;
            case "PY":
                dates = DateShift.SamePeriodLastYear(dates, calendar.All);
                break;
            case "YoY" or "YoY %":
                prior = new Cell(DateShift.SamePeriodLastYear(dates, calendar.All), filters);
                break;
        }
        return new CellPlan(new Cell(dates, filters), prior, member);
    }

    /// <summary>The reference value of <paramref name="kpi"/> under <paramref name="check"/> in <paramref name="plan"/>; null is BLANK.</summary>
    public decimal? Value(VerifiedKpi kpi, Check check, CellPlan plan) => check.Kind switch
    {
        CheckKind.Target => TargetSum(kpi.TargetMetric!, plan.Current.Dates!, plan.Member),
        CheckKind.TimeItem when check.Item == "YoY" =>
            TimeItems.YoY(reference.Evaluate(kpi.Name, plan.Current), reference.Evaluate(kpi.Name, plan.Prior!)),
        CheckKind.TimeItem when check.Item == "YoY %" =>
            TimeItems.YoYPercent(reference.Evaluate(kpi.Name, plan.Current), reference.Evaluate(kpi.Name, plan.Prior!)),
        _ => reference.Evaluate(kpi.Name, plan.Current),
    };

    /// <summary>
    /// The KPI object's target: Σ target of the targets of <paramref name="metric"/> whose month is in the dates, of
    /// the rep named <paramref name="repName"/> when given (company-level targets have no rep and pass only without
    /// one); BLANK when no target row qualifies.
    /// </summary>
    private decimal? TargetSum(string metric, DateSet dates, string? repName)
    {
        decimal? total = null;
        foreach (var target in reference.Data.Targets)
        {
            if (target.Metric != metric || !dates.Contains(target.Month))
                continue;
            if (repName is not null && (target.RepId is null || _repNameById.GetValueOrDefault(target.RepId) != repName))
                continue;
            total = (total ?? 0m) + target.Target;
        }
        return total;
    }
}

/// <summary>The reference cells of one grid cell.</summary>
internal sealed record CellPlan(Cell Current, Cell? Prior, string? Member);
