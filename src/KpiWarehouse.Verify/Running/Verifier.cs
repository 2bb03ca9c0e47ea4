using System.Diagnostics;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Reference;
using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Dax;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Sql;

namespace KpiWarehouse.Verify.Running;

/// <summary>
/// Verifies measures cell by cell: reads the model's date table, builds the grid over it and the reference's raw
/// members, asks DAX one query per batch and compares every cell with the reference (docs/verify.md). Given the
/// warehouse's kpi_monthly table (<paramref name="sql"/>), it also compares that table's cells with the reference
/// (the <c>sql</c> check, at month grain).
/// </summary>
public sealed partial class Verifier(IDaxRunner dax, ReferenceCalculator reference, VerifyOptions? options = null, KpiMonthlyCells? sql = null)
{
    private readonly VerifyOptions _options = options ?? new VerifyOptions();

    /// <summary>
    /// Verifies <paramref name="kpis"/>; fails only when the model's date table cannot be read. Mismatches and failed
    /// measure queries are findings in the report, not failures of the run.
    /// </summary>
    public Outcome<VerificationReport> Run(IReadOnlyList<VerifiedKpi> kpis, IProgress<ProgressUpdate>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var daxTicks = Stopwatch.GetTimestamp();
        var dates = dax.Evaluate(QueryBuilder.DatesQuery);
        var calendarDaxMs = Stopwatch.GetElapsedTime(daxTicks).TotalMilliseconds;
        if (!dates.IsSuccess)
            return VerifyDiagnostics.DatesUnreadable(dates.Error!);
        var calendar = Calendar.From(dates.Value.Rows.Select(r => r.Length > 0 ? DaxValues.AsDate(r[0]) : null).OfType<DateOnly>());
        if (calendar is null)
            return VerifyDiagnostics.DatesEmpty();

        var roles = new RlsRoles(reference.Data.Reps);
        var members = Slicer.All.ToDictionary(s => s, s => (IReadOnlyList<string>)reference
            .MemberValues(s.Dimension!.Value, s.Column).OfType<string>().ToList());
        var batches = GridPlan.Build(kpis, calendar, members, roles.SampleUsers(_options.RlsUsersPerRole));
        var side = new ReferenceSide(reference, calendar, roles);
        var collector = new ResultCollector(kpis, batches, _options);

        var totalCells = batches.Sum(b => b.CellCount);
        long done = 0;
        progress?.Report(new ProgressUpdate("verify", 0, totalCells));
        foreach (var batch in batches)
        {
            RunBatch(batch, side, collector);
            done += batch.CellCount;
            progress?.Report(new ProgressUpdate("verify", done, totalCells));
        }
        if (sql is not null)
            ReportUntakenSqlRows(sql, kpis, calendar, members, collector);
        var calendarCheck = new CalendarCheck(calendar.All.Start, calendar.All.End, calendar.All.DayCount,
            reference.Calendar.IsEmpty ? null : reference.Calendar.Start, reference.Calendar.IsEmpty ? null : reference.Calendar.End,
            reference.Calendar.DayCount, calendar.All.Equals(reference.Calendar));
        var report = collector.Build(calendarCheck, calendarDaxMs);
        return Outcome<VerificationReport>.Ok(report with { Timings = report.Timings with { TotalMs = clock.Elapsed.TotalMilliseconds } });
    }

    private void RunBatch(Batch batch, ReferenceSide side, ResultCollector collector)
    {
        var daxStart = Stopwatch.GetTimestamp();
        var answers = Ask(batch, collector);
        var daxMs = Stopwatch.GetElapsedTime(daxStart).TotalMilliseconds;

        // The reference side: every (period, member) cell, all KPIs of the batch; cells are independent.
        var cells = batch.Periods.SelectMany(p => batch.CellMembers.Select(m => (Period: p, Member: m))).ToList();
        var expected = new decimal?[cells.Count][];
        var kpiTicks = new long[batch.Kpis.Count];
        var referenceStart = Stopwatch.GetTimestamp();
        Parallel.For(0, cells.Count, i =>
        {
            var plan = side.Plan(batch, cells[i].Period, cells[i].Member);
            var values = new decimal?[batch.Kpis.Count];
            for (var k = 0; k < batch.Kpis.Count; k++)
            {
                var start = Stopwatch.GetTimestamp();
                values[k] = side.Value(batch.Kpis[k], batch.Check, plan);
                Interlocked.Add(ref kpiTicks[k], Stopwatch.GetTimestamp() - start);
            }
            expected[i] = values;
        });
        var referenceMs = Stopwatch.GetElapsedTime(referenceStart).TotalMilliseconds;

        for (var i = 0; i < cells.Count; i++)
        {
            var (period, member) = cells[i];
            for (var k = 0; k < batch.Kpis.Count; k++)
            {
                if (answers.Errors[k] is { } error)
                {
                    collector.Record(batch, k, period, member, null, expected[i][k], new Verdict(false, error));
                    continue;
                }
                var daxValue = answers.Values[k].GetValueOrDefault((period.Key, member));
                collector.Record(batch, k, period, member, daxValue, expected[i][k], Tolerance.Compare(daxValue, expected[i][k]));
            }
        }
        if (sql is not null && batch.Check.Kind == CheckKind.Measure && batch.Grain == Grain.Month)
            CompareSql(sql, batch, cells, expected, collector);
        collector.Time(batch, daxMs, referenceMs, kpiTicks.Select(t => t * 1000.0 / Stopwatch.Frequency).ToArray());
    }
}
