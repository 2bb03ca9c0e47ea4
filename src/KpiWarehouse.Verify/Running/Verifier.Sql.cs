using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Sql;

namespace KpiWarehouse.Verify.Running;

public sealed partial class Verifier
{
    /// <summary>
    /// The <c>sql</c> check: the month cells of a measure batch, compared a second time, with kpi_monthly's value in
    /// place of DAX's. The reference values are the batch's own, so the check costs no reference time.
    /// </summary>
    private static void CompareSql(KpiMonthlyCells sql, Batch batch, List<(Period Period, string? Member)> cells,
        decimal?[][] expected, ResultCollector collector)
    {
        var sqlBatch = batch with { Check = Check.Sql };
        for (var i = 0; i < cells.Count; i++)
        {
            var (period, member) = cells[i];
            for (var k = 0; k < batch.Kpis.Count; k++)
            {
                object? value = sql.Take(batch.Kpis[k].Name, period.Key, batch.Slicer, member);
                collector.Record(sqlBatch, k, period, member, value, expected[i][k], Tolerance.Compare(value, expected[i][k], "SQL"));
            }
        }
    }

    /// <summary>A row no cell took is a mismatch of its KPI (a row must be a cell, and a cell has one row).</summary>
    private static void ReportUntakenSqlRows(KpiMonthlyCells sql, IReadOnlyList<VerifiedKpi> kpis, Calendar calendar,
        IReadOnlyDictionary<Slicer, IReadOnlyList<string>> members, ResultCollector collector)
    {
        var names = kpis.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var byName = kpis.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var months = calendar.Periods(Grain.Month).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var slicers = Slicer.All.Prepend(Slicer.None).ToDictionary(s => s.SqlDimension, StringComparer.Ordinal);
        foreach (var row in sql.Untaken(names))
        {
            var month = KpiMonthlyCells.MonthKey(row.Month);
            var slicer = slicers.GetValueOrDefault(row.Dimension);
            var reason = slicer is null ? $"kpi_monthly row of dimension '{row.Dimension}', which is no slicer of the grid"
                : !months.Contains(month) ? "kpi_monthly row of a month the date table does not have"
                : !byName[row.Kpi].IsSlicedBy(slicer) ? $"kpi_monthly row sliced by {slicer.Label}, which the KPI's Dims do not list"
                : slicer.IsNone != (row.Member is null) || (!slicer.IsNone && !(members.GetValueOrDefault(slicer) ?? []).Contains(row.Member!))
                    ? "kpi_monthly row of a member the raw data does not have"
                : "a second kpi_monthly row for the same cell";
            collector.RecordExtra(row.Kpi, Check.Sql, Grain.Month, month, slicer?.Label ?? row.Dimension, row.Member, row.Value, reason);
        }
        var others = sql.Others(names);
        if (others.Count > 0)
            collector.Note($"kpi_monthly: {others.Sum(o => o.Rows)} row(s) of KPIs not verified in this run were not compared "
                + $"({string.Join(", ", others.Take(5).Select(o => o.Kpi))}{(others.Count > 5 ? ", …" : "")})");
    }
}
