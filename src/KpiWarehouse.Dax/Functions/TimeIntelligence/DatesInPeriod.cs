using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>
/// DATESINPERIOD(dates, start, count, interval): the dates of the interval of <c>count</c> units that
/// ends at start (count &lt; 0: (start − n units, start]) or begins at it (count &gt; 0: [start, start + n units)).
/// </summary>
internal sealed class DatesInPeriod : TableFunction
{
    public override string Name => "DATESINPERIOD";
    public override int MinArguments => 4;
    public override int MaxArguments => 4;
    public override bool IsKeywordArgument(int index) => index == 3;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var column = Evaluator.ColumnArgument(args[0], Name);
        var startValue = ev.Scalar(args[1], ctx);
        if (startValue.IsBlank) return DateSet.Output(column, []);
        var start = DaxDate.FromSerial(startValue.AsDouble());
        var count = (int)ev.Scalar(args[2], ctx).AsDouble();
        var months = DateSet.Months(ev.Scalar(args[3], ctx).AsText(), Name);
        var other = months == 0 ? start.AddDays(count) : DaxDate.AddMonths(start, count * months);
        return count < 0 ? DateSet.Range(column, other.AddDays(1), start) : DateSet.Range(column, start, other.AddDays(-1));
    }
}
