using KpiWarehouse.Verify.Comparison;
using KpiWarehouse.Verify.Dax;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Running;

public sealed partial class Verifier
{
    /// <summary>
    /// Per KPI of a batch: its DAX value by (period key, member), or the error that stopped its query. A cell with
    /// no row is BLANK: SUMMARIZECOLUMNS leaves out the rows where every measure is BLANK.
    /// </summary>
    private sealed record DaxAnswers(Dictionary<(string Period, string? Member), object?>[] Values, string?[] Errors);

    private DaxAnswers Ask(Batch batch, ResultCollector collector)
    {
        var answers = new DaxAnswers(
            batch.Kpis.Select(_ => new Dictionary<(string, string?), object?>()).ToArray(), new string?[batch.Kpis.Count]);
        var whole = Read(batch, batch.Kpis, QueryBuilder.Build(batch));
        if (whole.Error is null)
        {
            Fill(batch, whole.Result!, Enumerable.Range(0, batch.Kpis.Count).ToArray(), answers, collector);
            return answers;
        }
        // One measure that the engine rejects must not hide the others: ask again one KPI at a time.
        collector.Note($"{batch.Label}: the batch query failed ({whole.Error}); each KPI was asked alone");
        for (var k = 0; k < batch.Kpis.Count; k++)
        {
            var single = Read(batch, [batch.Kpis[k]], QueryBuilder.Build(batch, [batch.Kpis[k]]));
            if (single.Error is null)
                Fill(batch, single.Result!, [k], answers, collector);
            else
                answers.Errors[k] = $"DAX error: {single.Error}";
        }
        return answers;
    }

    private (DaxResult? Result, string? Error) Read(Batch batch, IReadOnlyList<VerifiedKpi> kpis, string query)
    {
        var outcome = dax.Evaluate(query, batch.Check.Role, batch.Check.User);
        if (!outcome.IsSuccess)
            return (null, outcome.Error!.ToString());
        var expected = QueryBuilder.GroupingColumnCount(batch) + kpis.Count;
        var result = outcome.Value;
        if (result.Columns.Count != expected || result.Rows.Any(r => r.Length != expected))
            return (null, $"the result has {result.Columns.Count} columns, the query asks for {expected}");
        return (result, null);
    }

    private static void Fill(Batch batch, DaxResult result, int[] kpiIndexes, DaxAnswers answers, ResultCollector collector)
    {
        var groups = QueryBuilder.GroupingColumnCount(batch);
        var periods = batch.Periods.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var members = batch.Members.ToHashSet(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var row in result.Rows)
        {
            var column = 0;
            var period = batch.Grain == Grain.AllTime ? batch.Periods[0].Key : DaxValues.Key(row[column++]);
            var member = batch.Slicer.IsNone ? null : DaxValues.Key(row[column++]);
            // A row of a member the raw data does not have ("(Unknown)", BLANK) or of a date outside the grid is no cell.
            if (period is null || !periods.Contains(period))
            {
                collector.Outside($"'Date'[{batch.Grain.Column()}]", period);
                continue;
            }
            if (!batch.Slicer.IsNone && (member is null || !members.Contains(member)))
            {
                collector.Outside(batch.Slicer.Label, member);
                continue;
            }
            for (var j = 0; j < kpiIndexes.Length; j++)
            {
                if (!answers.Values[kpiIndexes[j]].TryAdd((period, member), row[groups + j]))
                    duplicates++;
            }
        }
        if (duplicates > 0)
            collector.Note($"{batch.Label}: {duplicates} duplicate DAX value(s) for one cell; the first was compared");
    }
}
