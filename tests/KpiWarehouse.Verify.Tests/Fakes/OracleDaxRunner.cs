using System.Text.RegularExpressions;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Reference;
using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Time;
using KpiWarehouse.Verify.Dax;

namespace KpiWarehouse.Verify.Tests.Fakes;

/// <summary>
/// A DAX runner for tests that understands exactly the query shapes the verifier writes (one argument per line) and
/// answers them like a correct model would, from a reference calculator: SUMMARIZECOLUMNS leaves out rows whose
/// measures are all BLANK, a grouping column also shows the unknown member "(Unknown)", and columns are named the
/// way an engine might (not the way the verifier would guess). Values can be planted and measures made to fail, so
/// tests see what the verifier does with a wrong model.
/// </summary>
public sealed partial class OracleDaxRunner(ReferenceCalculator reference, IReadOnlyList<DateOnly>? modelDates = null) : IDaxRunner
{
    private static readonly Dictionary<string, string> TargetMetrics = new()
    {
        ["Revenue"] = "REVENUE", ["New Leads"] = "NEW_LEADS", ["Deals Won"] = "DEALS_WON",
    };

    private readonly IReadOnlyList<DateOnly> _dates = modelDates ?? reference.Calendar.Dates().ToList();
    private readonly List<(string Measure, string Period, string? Member, string? Item, string? User, object? Value)> _planted = [];
    private readonly HashSet<string> _failing = new(StringComparer.Ordinal);

    /// <summary>Every query asked, with its role and user.</summary>
    public List<(string Query, string? Role, string? User)> Queries { get; } = [];

    /// <summary>Answers <paramref name="value"/> for one cell instead of the right value.</summary>
    public OracleDaxRunner Plant(string measure, string period, string? member, object? value, string? item = null, string? user = null)
    {
        _planted.Add((measure, period, member, item, user, value));
        return this;
    }

    /// <summary>Makes every query that asks for <paramref name="measure"/> fail, as an engine rejecting it would.</summary>
    public OracleDaxRunner Fail(string measure)
    {
        _failing.Add(measure);
        return this;
    }

    public Outcome<DaxResult> Evaluate(string query, string? role = null, string? user = null)
    {
        Queries.Add((query, role, user));
        if (query.Contains("VALUES ( 'Date'[Date] )", StringComparison.Ordinal))
            return Outcome<DaxResult>.Ok(new DaxResult(["Date[Date]"], _dates.Select(d => new object?[] { d.ToDateTime(TimeOnly.MinValue) }).ToList()));
        var parsed = Parse(query);
        if (parsed.Measures.FirstOrDefault(m => _failing.Contains(m)) is { } failing)
            return new Diagnostic("KPIW-D999", $"the fake engine rejects [{failing}]", "query");
        return Outcome<DaxResult>.Ok(Answer(parsed, role, user));
    }

    private sealed record Query(string Function, string? DateColumn, (string Table, string Column)? Slicer, string? Item, List<string> Measures);

    [GeneratedRegex(@"^'((?:[^']|'')*)'\[((?:[^\]]|\]\])*)\]$")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex(@"^""m\d+"", \[((?:[^\]]|\]\])*)\]$")]
    private static partial Regex MeasurePattern();

    [GeneratedRegex(@"^TREATAS \( \{ ""((?:[^""]|"""")*)"" \}, 'Time Intelligence'\[Time Calculation\] \)$")]
    private static partial Regex ItemPattern();

    private static Query Parse(string query)
    {
        var lines = query.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var function = lines[1].Split(' ')[0];
        string? date = null, item = null;
        (string, string)? slicer = null;
        var measures = new List<string>();
        foreach (var raw in lines.Skip(2).Where(l => l != ")"))
        {
            var line = raw.Trim().TrimEnd(',');
            if (MeasurePattern().Match(line) is { Success: true } m)
                measures.Add(m.Groups[1].Value.Replace("]]", "]"));
            else if (ItemPattern().Match(line) is { Success: true } i)
                item = i.Groups[1].Value.Replace("\"\"", "\"");
            else if (ColumnPattern().Match(line) is { Success: true } c)
            {
                var (table, column) = (c.Groups[1].Value.Replace("''", "'"), c.Groups[2].Value.Replace("]]", "]"));
                if (table == "Date") date = column; else slicer = (table, column);
            }
            else
                throw new InvalidOperationException($"the fake engine cannot read the line '{raw}' of:\n{query}");
        }
        return new Query(function, date, slicer, item, measures);
    }
}
