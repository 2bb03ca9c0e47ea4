using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>
/// DATEDIFF(start, end, interval): the number of interval boundaries crossed from start to end
/// (negative when end is earlier); BLANK when either date is BLANK (Microsoft Learn DATEDIFF).
/// </summary>
internal sealed class DateDiff : DaxFunction
{
    public override string Name => "DATEDIFF";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override bool IsKeywordArgument(int index) => index == 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var a = ev.Scalar(args[0], ctx);
        var b = ev.Scalar(args[1], ctx);
        if (a.IsBlank || b.IsBlank) return DaxValue.Blank;
        var x = DateTime.FromOADate(a.AsDouble());
        var y = DateTime.FromOADate(b.AsDouble());
        long result = ev.Scalar(args[2], ctx).AsText().ToUpperInvariant() switch
        {
            "SECOND" => (long)Math.Floor((y - x).TotalSeconds + 1e-7 * Math.Sign((y - x).TotalSeconds)),
            "MINUTE" => (long)(Truncate(y, TimeSpan.TicksPerMinute) - Truncate(x, TimeSpan.TicksPerMinute)) / TimeSpan.TicksPerMinute,
            "HOUR" => (long)(Truncate(y, TimeSpan.TicksPerHour) - Truncate(x, TimeSpan.TicksPerHour)) / TimeSpan.TicksPerHour,
            "DAY" => (y.Date - x.Date).Days,
            "WEEK" => ((y.Date.AddDays(-(int)y.DayOfWeek)) - x.Date.AddDays(-(int)x.DayOfWeek)).Days / 7,
            "MONTH" => (y.Year - x.Year) * 12L + y.Month - x.Month,
            "QUARTER" => (y.Year - x.Year) * 4L + (y.Month - 1) / 3 - (x.Month - 1) / 3,
            "YEAR" => y.Year - x.Year,
            var other => throw Fail($"DATEDIFF: unknown interval {other}."),
        };
        return DaxValue.FromInteger(result);
    }

    private static long Truncate(DateTime d, long unit) => d.Ticks / unit * unit;
}
