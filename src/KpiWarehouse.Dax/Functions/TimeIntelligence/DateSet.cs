using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>
/// The dates a time-intelligence function works on and the table it returns. The input is a date
/// column (its visible values) or a one-column table of dates; the result keeps the column's
/// lineage and only holds dates that exist in that column (dax.guide: "the result has the same data
/// lineage as the date column"; only dates of the date table are returned).
/// </summary>
internal static class DateSet
{
    public static (Column Column, int[] Days) Input(Evaluator ev, BoundExpr arg, EvalContext ctx, string function)
    {
        if (arg is BoundColumn c)
        {
            var codes = Evaluator.VisibleCodes(c.Column, ctx.Filter, includeBlankRow: true);
            var days = new List<int>();
            for (var code = codes.Next(1); code >= 0; code = codes.Next(code + 1))
                days.Add((int)Math.Floor(c.Column.Dictionary[code].AsDouble()));
            return (c.Column, days.Distinct().Order().ToArray());
        }
        var table = ev.Table(arg, ctx);
        if (table.Columns.Count != 1 || table.Columns[0].Lineage is not { } lineage)
            throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"{function} expects a date column or a one-column table of dates.");
        var values = Enumerable.Range(0, table.RowCount).Select(r => table.Value(r, 0)).Where(v => !v.IsBlank)
            .Select(v => (int)Math.Floor(v.AsDouble())).Distinct().Order().ToArray();
        return (lineage, values);
    }

    public static DaxTable Output(Column column, IEnumerable<int> days)
    {
        var codes = new SortedSet<int>();
        foreach (var d in days)
        {
            var code = column.CodeOf(DaxValue.FromSerialDate(d));
            if (code > 0) codes.Add(code);
        }
        var rows = codes.Select(code => new[] { column.Dictionary[code] }).ToList();
        return DaxTable.Materialized([new TableColumn(column.Name, column)], rows);
    }

    public static DaxTable Range(Column column, DateOnly first, DateOnly last) =>
        Output(column, first > last ? [] : Enumerable.Range(DaxDate.ToSerial(first), DaxDate.ToSerial(last) - DaxDate.ToSerial(first) + 1));

    public static DateOnly Day(int serial) => DaxDate.FromSerial(serial);

    public static int Months(string interval, string function) => interval.ToUpperInvariant() switch
    {
        "MONTH" => 1,
        "QUARTER" => 3,
        "YEAR" => 12,
        "DAY" => 0,
        var other => throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"{function}: unknown interval {other}."),
    };

    /// <summary>
    /// Shifts dates as DATEADD does: by whole days, or by months with the day clamped to the target
    /// month's length; a source date that is the last day of its month also brings every later day
    /// of the target month, so a whole month maps to a whole month (Feb 2023 + 1 year = all of Feb 2024).
    /// </summary>
    public static IEnumerable<int> Shift(int[] days, int count, string interval, string function)
    {
        var months = Months(interval, function);
        foreach (var serial in days)
        {
            if (months == 0) { yield return serial + count; continue; }
            var d = Day(serial);
            var shifted = DaxDate.AddMonths(d, count * months);
            yield return DaxDate.ToSerial(shifted);
            if (!DaxDate.IsMonthEnd(d)) continue;
            var end = DaxDate.EndOfMonth(shifted);
            for (var x = shifted.AddDays(1); x <= end; x = x.AddDays(1)) yield return DaxDate.ToSerial(x);
        }
    }

    /// <summary>The first day of the period (month, quarter or year ending at <paramref name="yearEnd"/>) containing <paramref name="d"/>.</summary>
    public static DateOnly PeriodStart(DateOnly d, int months, (int Month, int Day)? yearEnd = null)
    {
        if (months == 12)
        {
            var (em, ed) = yearEnd ?? (12, 31);
            var end = new DateOnly(d.Year, em, Math.Min(ed, DateTime.DaysInMonth(d.Year, em)));
            var start = end.AddDays(1).AddYears(-1);
            return d > end ? end.AddDays(1) : start;
        }
        var firstMonth = (d.Month - 1) / months * months + 1;
        return new DateOnly(d.Year, firstMonth, 1);
    }

    public static (int, int)? YearEnd(Evaluator ev, BoundExpr[] args, int index, EvalContext ctx)
    {
        if (index >= args.Length || args[index] is BoundOmitted) return null;
        var text = ev.Scalar(args[index], ctx).AsText();
        var parts = text.Split('-', '/');
        if (parts.Length >= 2 && int.TryParse(parts[0], out var m) && int.TryParse(parts[1], out var d) && m is >= 1 and <= 12) return (m, d);
        throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"Year-end date '{text}' is not of the form \"month-day\".");
    }
}
