using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Running;
using KpiWarehouse.Verify.Tests.Fakes;

namespace KpiWarehouse.Verify.Tests;

/// <summary>Whole runs against a fake engine that answers like a correct model, then like a wrong one.</summary>
public sealed class VerifierTests
{
    private static VerificationReport Run(OracleDaxRunner dax, IReadOnlyList<VerifiedKpi>? kpis = null)
    {
        var outcome = new Verifier(dax, TestData.Calculator()).Run(kpis ?? TestData.Kpis());
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    }

    private static OracleDaxRunner Oracle() => new(TestData.Calculator());

    [Fact]
    public void Run_CorrectModel_EveryCellAgrees()
    {
        var report = Run(Oracle());
        Assert.True(report.Passed, string.Join("\n", report.Mismatches.Take(5).Select(m => $"{m.Kpi} {m.Context}: {m.Dax} vs {m.Reference} {m.Reason}")));
        Assert.True(report.CellsChecked > 10_000, $"only {report.CellsChecked} cells");
        // Every kind of check took part.
        Assert.Contains(report.Tallies, t => t.Family == "time YoY %" && t.Checked > 0);
        Assert.Contains(report.Tallies, t => t.Family == "target" && t.Checked > 0);
        Assert.Contains(report.Tallies, t => t.Family == "role Rep" && t.Checked > 0);
        Assert.Contains(report.Tallies, t => t.Family == "role Manager" && t.Checked > 0);
        // The "(Unknown)" rows of the fake are no grid cells, and say so.
        Assert.Contains(report.Notes, n => n.StartsWith("'Customer'[Region]: DAX rows for values the grid does not have", StringComparison.Ordinal) && n.Contains("(Unknown)", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OneWrongValue_ReportsExactlyThatCell_NamingTheKpi()
    {
        var report = Run(Oracle().Plant("Revenue", "2024-03", "North", 123.45));
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal(("Revenue", "measure", Grain.Month, "2024-03", "'Customer'[Region]", "North"),
            (mismatch.Kpi, mismatch.Check, mismatch.Grain, mismatch.Period, mismatch.Slicer, mismatch.Member));
        Assert.Equal(123.45, mismatch.Dax);
        Assert.Equal(1, report.MismatchCount);
        Assert.False(report.Passed);
        Assert.Equal(1, report.Tallies.Single(t => t.Kpi == "Revenue" && t.Family == "measure" && t.Grain == Grain.Month).Mismatches);
    }

    [Fact]
    public void Run_RowMissingWhereReferenceHasAValue_IsBlankAndAMismatch()
    {
        // Planting BLANK in a cell that is the only measure of its row makes SUMMARIZECOLUMNS leave the row out.
        var kpis = TestData.Kpis().Where(k => k.Name == "Revenue").ToList();
        var report = Run(Oracle().Plant("Revenue", "2024", null, null), kpis);
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Null(mismatch.Dax);
        Assert.NotNull(mismatch.Reference);
        Assert.Equal("DAX is BLANK, the reference is a number", mismatch.Reason);
    }

    [Fact]
    public void Run_ZeroWhereReferenceIsBlank_IsAMismatch()
    {
        var kpis = TestData.Kpis().Where(k => k.Name == "Revenue").ToList();
        var report = Run(Oracle().Plant("Revenue", "2023-01", null, 0.0), kpis);
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal(("2023-01", 0.0, (decimal?)null), (mismatch.Period, mismatch.Dax, mismatch.Reference));
    }

    [Fact]
    public void Run_WrongTimeItemTargetAndRoleValues_EachReportedUnderItsCheck()
    {
        var rep = new RlsRoles(TestData.Data.Reps).SampleUsers(3).First(u => u.Role == RlsRoles.Rep).User;
        var report = Run(Oracle()
            .Plant("Revenue", "2024-03", null, 1.0, item: "YTD")
            .Plant("_Revenue Goal", "2024", null, 1.0)
            .Plant("Revenue", "2024", null, 1.0, user: rep));
        // The planted user is a rep and a manager: both roles show the wrong value.
        Assert.Equal(["role Manager as " + rep, "role Rep as " + rep, "target", "time YTD"], report.Mismatches.Select(m => m.Check).Order(StringComparer.Ordinal));
        Assert.All(report.Mismatches, m => Assert.Equal("Revenue", m.Kpi));
    }

    [Fact]
    public void Run_MeasureTheEngineRejects_FailsOnlyThatKpi()
    {
        var kpis = TestData.Kpis().Where(k => k.Name is "Revenue" or "Win Rate").ToList();
        var report = Run(Oracle().Fail("Win Rate"), kpis);
        Assert.All(report.Mismatches, m => Assert.Equal("Win Rate", m.Kpi));
        Assert.All(report.Mismatches, m => Assert.StartsWith("DAX error: ", m.Reason));
        Assert.Equal(0, report.Tallies.Where(t => t.Kpi == "Revenue").Sum(t => t.Mismatches));
        Assert.Equal(report.Tallies.Where(t => t.Kpi == "Win Rate").Sum(t => t.Checked), report.Tallies.Where(t => t.Kpi == "Win Rate").Sum(t => t.Mismatches));
    }

    [Fact]
    public void Run_ModelDateTableWiderThanTheData_ReportsTheDateTablesDiffer()
    {
        var reference = TestData.Calculator();
        var wider = reference.Calendar.Dates().Concat(Enumerable.Range(1, 366).Select(i => reference.Calendar.End.AddDays(i))).ToList();
        var report = new Verifier(new OracleDaxRunner(reference, wider), reference).Run(TestData.Kpis().Take(1).ToList()).Value;
        Assert.False(report.Calendar.Agrees);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Run_DateTableQueryFails_IsV003()
    {
        var outcome = new Verifier(new FailingRunner(), TestData.Calculator()).Run(TestData.Kpis());
        Assert.Equal("KPIW-V003", outcome.Error?.Code);
    }

    [Fact]
    public void Run_BatchesQueries_OneQueryPerGrainSlicerAndCheck()
    {
        var dax = Oracle();
        var report = Run(dax);
        // The date table, then one query per batch: never one per cell.
        Assert.Equal(report.Timings.Batches.Count + 1, dax.Queries.Count);
        Assert.True(report.CellsChecked / dax.Queries.Count > 50);
        Assert.All(dax.Queries.Where(q => q.Role is not null), q => Assert.NotNull(q.User));
    }

    private sealed class FailingRunner : Dax.IDaxRunner
    {
        public Contract.Diagnostics.Outcome<Dax.DaxResult> Evaluate(string query, string? role = null, string? user = null) =>
            new Contract.Diagnostics.Diagnostic("KPIW-D001", "no such table 'Date'");
    }
}
