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
    /// <summary>The reference cells of one grid cell: the current dates and, for YoY items, the prior year's.</summary>
    public CellPlan Plan(Batch batch, Period period, string? member)
    {
        var filters = new List<MemberFilter>();
        if (member is not null)
            filters.Add(new MemberFilter(batch.Slicer.Dimension!.Value, batch.Slicer.Column, member));
        // RLS is not a filter a measure can remove: the reference keeps it apart from the member filters.
        var security = batch.Check.Kind == CheckKind.Role
            ? new MemberFilter(Dimension.Rep, "Rep Id", roles.VisibleRepIds(batch.Check.Role!, batch.Check.User!).Cast<string?>().ToList())
            : null;
        var dates = period.Dates;
        Cell? prior = null;
        switch (batch.Check.Item)
        {
            case "MTD":
                dates = PeriodToDate.DatesMtd(dates, calendar.All);
                break;
            case "QTD":
                dates = PeriodToDate.DatesQtd(dates, calendar.All);
                break;
            case "YTD":
                dates = PeriodToDate.DatesYtd(dates, calendar.All);
                break;
            case "PY":
                dates = DateShift.SamePeriodLastYear(dates, calendar.All);
                break;
            case "PYTD":
                dates = PeriodToDate.DatesYtd(DateShift.SamePeriodLastYear(dates, calendar.All), calendar.All);
                break;
            case "YoY" or "YoY %":
                prior = new Cell(DateShift.SamePeriodLastYear(dates, calendar.All), filters, security);
                break;
        }
        return new CellPlan(new Cell(dates, filters, security), prior, member);
    }

    /// <summary>The reference value of <paramref name="kpi"/> under <paramref name="check"/> in <paramref name="plan"/>; null is BLANK.</summary>
    public decimal? Value(VerifiedKpi kpi, Check check, CellPlan plan) => check.Kind switch
    {
        CheckKind.Target => reference.EvaluateTarget(kpi.TargetMetric!, plan.Current),
        CheckKind.TimeItem when check.Item == "YoY" =>
            TimeItems.YoY(reference.Evaluate(kpi.Name, plan.Current), reference.Evaluate(kpi.Name, plan.Prior!)),
        CheckKind.TimeItem when check.Item == "YoY %" =>
            TimeItems.YoYPercent(reference.Evaluate(kpi.Name, plan.Current), reference.Evaluate(kpi.Name, plan.Prior!)),
        _ => reference.Evaluate(kpi.Name, plan.Current),
    };
}

/// <summary>The reference cells of one grid cell.</summary>
internal sealed record CellPlan(Cell Current, Cell? Prior, string? Member);
