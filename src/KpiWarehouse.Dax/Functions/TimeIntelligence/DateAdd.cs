using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>DATEADD(dates, count, DAY | MONTH | QUARTER | YEAR): the dates shifted (see <see cref="DateSet.Shift"/>).</summary>
internal sealed class DateAdd : TableFunction
{
    public override string Name => "DATEADD";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override bool IsKeywordArgument(int index) => index == 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var (column, days) = DateSet.Input(ev, args[0], ctx, Name);
        var count = (int)ev.Scalar(args[1], ctx).AsDouble();
        return DateSet.Output(column, DateSet.Shift(days, count, ev.Scalar(args[2], ctx).AsText(), Name));
    }
}
