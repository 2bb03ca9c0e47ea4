using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Running;
using KpiWarehouse.Verify.Sql;
using KpiWarehouse.Verify.Tests.Fakes;

namespace KpiWarehouse.Verify.Tests;

/// <summary>
/// The sql check: a kpi_monthly table built from the reference itself (the table a correct load writes) passes, and
/// each kind of wrong table — a wrong value, a missing row, an extra row — is a mismatch naming the KPI.
/// </summary>
public sealed class SqlCheckTests
{
    private static readonly Lazy<IReadOnlyList<KpiMonthlyRow>> Correct = new(BuildCorrectRows);

    private static VerificationReport Run(IEnumerable<KpiMonthlyRow> rows, params string[] kpis)
    {
        var chosen = TestData.Kpis().Where(k => kpis.Length == 0 || kpis.Contains(k.Name)).ToList();
        var calculator = TestData.Calculator();
        var outcome = new Verifier(new OracleDaxRunner(calculator), calculator, null, new KpiMonthlyCells(rows)).Run(chosen);
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    }

    [Fact]
    public void Run_CorrectKpiMonthly_EveryMonthCellAgreesUnderTheSqlCheck()
    {
        var report = Run(Correct.Value);

        Assert.True(report.Passed, string.Join("\n", report.Mismatches.Take(5).Select(m => $"{m.Kpi} {m.Context}: {m.Dax} vs {m.Reference} {m.Reason}")));
        var sql = report.Tallies.Where(t => t.Family == "sql").ToList();
        Assert.All(sql, t => Assert.Equal(Grain.Month, t.Grain));
        // The sql check has exactly the cells of the measure check at month grain.
        Assert.Equal(report.Tallies.Where(t => t.Family == "measure" && t.Grain == Grain.Month).Sum(t => t.Checked), sql.Sum(t => t.Checked));
        Assert.Equal(80, sql.Count);
    }

    [Fact]
    public void Run_WrongValue_IsASqlMismatchOfThatCell()
    {
        var target = Correct.Value.First(r => r.Kpi == "Win Rate" && r.Dimension == "Rep Name");
        var rows = Correct.Value.Select(r => ReferenceEquals(r, target) ? r with { Value = r.Value + 0.001 } : r);

        var mismatch = Assert.Single(Run(rows, "Win Rate").Mismatches);

        Assert.Equal(("Win Rate", "sql", Grain.Month, KpiMonthlyCells.MonthKey(target.Month), "'Rep'[Rep Name]", target.Member),
            (mismatch.Kpi, mismatch.Check, mismatch.Grain, mismatch.Period, mismatch.Slicer, mismatch.Member));
        Assert.Equal("the values differ", mismatch.Reason);
    }

    [Fact]
    public void Run_MissingRow_IsBlankAndASqlMismatch()
    {
        var target = Correct.Value.First(r => r.Kpi == "Revenue" && r.Dimension == "All");

        var mismatch = Assert.Single(Run(Correct.Value.Where(r => !ReferenceEquals(r, target)), "Revenue").Mismatches);

        Assert.Equal(("sql", (object?)null, "SQL is BLANK, the reference is a number"), (mismatch.Check, mismatch.Dax, mismatch.Reason));
    }

    [Theory]
    [InlineData("Revenue Target", "Customer Region", "which the KPI's Dims do not list")]
    [InlineData("Revenue", "Customer Region", "a second kpi_monthly row for the same cell")]
    [InlineData("Revenue", "Customer Country", "which is no slicer of the grid")]
    [InlineData("Revenue", "Rep Name", "a member the raw data does not have")]
    public void Run_ExtraRow_IsASqlMismatchNamingTheKpi(string kpi, string dimension, string reason)
    {
        var template = Correct.Value.First(r => r.Kpi == "Revenue" && r.Dimension == "Customer Region");
        var extra = template with { Kpi = kpi, Dimension = dimension, Member = dimension == "Rep Name" ? "Nobody" : template.Member };

        var report = Run(Correct.Value.Append(extra), kpi);

        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal((kpi, "sql"), (mismatch.Kpi, mismatch.Check));
        Assert.Contains(reason, mismatch.Reason, StringComparison.Ordinal);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Run_RowsOfKpisNotVerified_AreANoteNotAMismatch()
    {
        var report = Run(Correct.Value, "Revenue");

        Assert.True(report.Passed);
        Assert.Contains(report.Notes, n => n.StartsWith("kpi_monthly: ", StringComparison.Ordinal) && n.Contains("not verified in this run", StringComparison.Ordinal));
    }

    /// <summary>kpi_monthly as a correct load writes it: every non-BLANK reference value by month, for All and each member of each slicer the KPI's Dims list.</summary>
    private static IReadOnlyList<KpiMonthlyRow> BuildCorrectRows()
    {
        var calculator = TestData.Calculator();
        var months = calculator.Calendar.Dates().GroupBy(d => new DateOnly(d.Year, d.Month, 1)).Select(g => (Month: g.Key, Dates: DateSet.Of(g))).ToList();
        var rows = new List<KpiMonthlyRow>();
        foreach (var kpi in TestData.Kpis())
        {
            foreach (var slicer in Slicer.All.Prepend(Slicer.None).Where(kpi.IsSlicedBy))
            {
                var members = slicer.IsNone ? [null] : calculator.MemberValues(slicer.Dimension!.Value, slicer.Column).OfType<string>().Cast<string?>().ToList();
                foreach (var (month, dates) in months)
                {
                    foreach (var member in members)
                    {
                        var cell = member is null ? Cell.For(dates) : Cell.For(dates).With(slicer.Dimension!.Value, slicer.Column, member);
                        if (calculator.Evaluate(kpi.Name, cell) is { } value)
                            rows.Add(new KpiMonthlyRow(kpi.Name, month, slicer.SqlDimension, member, (double)value));
                    }
                }
            }
        }
        return rows;
    }
}
