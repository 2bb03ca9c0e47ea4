using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Time;
using KpiWarehouse.Verify.Dax;

namespace KpiWarehouse.Verify.Tests.Fakes;

public sealed partial class OracleDaxRunner
{
    public const string UnknownMember = "(Unknown)";

    private DaxResult Answer(Query query, string? role, string? user)
    {
        var calendar = DateSet.Of(_dates);
        var periods = Periods(query.DateColumn);
        Dimension? dimension = query.Slicer is { } s ? s.Table switch
        {
            "Customer" => Dimension.Customer, "Rep" => Dimension.Rep, "Product" => Dimension.Product, _ => Dimension.Channel,
        } : null;
        var members = query.Slicer is { } slicer
            ? reference.MemberValues(dimension!.Value, slicer.Column).OfType<string>().Append(UnknownMember).Cast<string?>().ToList()
            : new List<string?> { null };
        var visible = role is null ? null : VisibleReps(role, user!);

        var columns = new List<string>();
        if (query.DateColumn is { } d) columns.Add($"Date[{d}]");
        if (query.Slicer is { } sc) columns.Add($"{sc.Table}[{sc.Column}]");
        columns.AddRange(query.Measures.Select((_, i) => $"[m{i}]"));

        var rows = new List<object?[]>();
        foreach (var (key, dates) in periods)
        {
            foreach (var member in members)
            {
                var filters = new List<MemberFilter>();
                if (member is not null && member != UnknownMember)
                    filters.Add(new MemberFilter(dimension!.Value, query.Slicer!.Value.Column, member));
                // A correct model applies the role as row-level security, which no measure removes.
                var security = visible is null ? null : new MemberFilter(Dimension.Rep, "Rep Id", visible);
                var current = new Cell(dates, filters, security);
                var prior = new Cell(DateShift.SamePeriodLastYear(dates, calendar), filters, security);
                var values = query.Measures.Select(m => member == UnknownMember
                    ? 7.0 // facts of unknown members: a value the verifier must not compare with anything
                    : Planted(m, key, member, query.Item, user, Value(m, query.Item, current, prior, calendar, member, query.Slicer))).ToList();
                if (query.Function == "SUMMARIZECOLUMNS" && values.All(v => v is null))
                    continue;
                var row = new List<object?>();
                if (query.DateColumn == "Year") row.Add((long)int.Parse(key));
                else if (query.DateColumn is not null) row.Add(key);
                if (query.Slicer is not null) row.Add(member);
                row.AddRange(values);
                rows.Add(row.ToArray());
            }
        }
        return new DaxResult(columns, rows);
    }

    private object? Planted(string measure, string period, string? member, string? item, string? user, object? value)
    {
        foreach (var p in _planted)
        {
            if (p.Measure == measure && p.Period == period && p.Member == member && p.Item == item && p.User == user)
                return p.Value;
        }
        return value;
    }

    private object? Value(string measure, string? item, Cell current, Cell prior, DateSet calendar, string? member, (string Table, string Column)? slicer)
    {
        if (measure.StartsWith('_') && measure.EndsWith(" Goal", StringComparison.Ordinal))
            return Target(TargetMetrics[measure[1..^5]], current.Dates!, slicer?.Column == "Rep Name" ? member : null);
        decimal? Of(Cell cell) => reference.Evaluate(measure, cell);
        decimal? value = item switch
        {
            null or "Current" => Of(current),
            "MTD" => Of(current with { Dates = Span(new DateOnly(End(current).Year, End(current).Month, 1), End(current), calendar) }),
            "QTD" => Of(current with { Dates = Span(new DateOnly(End(current).Year, (End(current).Month + 2) / 3 * 3 - 2, 1), End(current), calendar) }),
            "YTD" => Of(current with { Dates = Span(new DateOnly(End(current).Year, 1, 1), End(current), calendar) }),
            "PY" => Of(prior),
            "PYTD" => prior.Dates!.IsEmpty ? null : Of(prior with { Dates = Span(new DateOnly(End(prior).Year, 1, 1), End(prior), calendar) }),
            "YoY" => Of(current) is var c && Of(prior) is var p && c is null && p is null ? null : (c ?? 0) - (p ?? 0),
            "YoY %" => Of(prior) is { } py && py != 0 ? ((Of(current) ?? 0) - py) / py : null,
            _ => throw new InvalidOperationException($"unknown item {item}"),
        };
        return value is { } v ? (double)v : null;
    }

    private static DateOnly End(Cell cell) => cell.Dates!.End;

    private static DateSet Span(DateOnly from, DateOnly to, DateSet calendar) => DateSet.Range(from, to).Intersect(calendar);

    private double? Target(string metric, DateSet dates, string? repName)
    {
        var names = reference.Data.Reps.ToDictionary(r => r.RepId, r => r.RepName);
        var rows = reference.Data.Targets.Where(t => t.Metric == metric && dates.Contains(t.Month)
            && (repName is null || (t.RepId is not null && names.GetValueOrDefault(t.RepId) == repName))).ToList();
        return rows.Count == 0 ? null : (double)rows.Sum(t => t.Target);
    }

    private List<string?> VisibleReps(string role, string user)
    {
        var reps = reference.Data.Reps;
        bool Is(string? email) => string.Equals(email, user, StringComparison.OrdinalIgnoreCase);
        return reps.Where(r => Is(r.Email) || (role == "Manager" && reps.Any(m => m.RepId == r.ManagerId && Is(m.Email))))
            .Select(r => (string?)r.RepId).ToList();
    }

    private IEnumerable<(string Key, DateSet Dates)> Periods(string? dateColumn)
    {
        Func<DateOnly, string>? key = dateColumn switch
        {
            null => null,
            "Year" => d => d.Year.ToString(),
            "Year Quarter" => d => $"{d.Year}-Q{(d.Month + 2) / 3}",
            "Year Month" => d => $"{d.Year}-{d.Month:D2}",
            _ => throw new InvalidOperationException($"unknown date column {dateColumn}"),
        };
        if (key is null)
            return [("all", DateSet.Of(_dates))];
        return _dates.GroupBy(key).Select(g => (g.Key, DateSet.Of(g)));
    }
}
