using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>TOTALYTD(expression, dates, [filter], [year_end]) = CALCULATE(expression, DATESYTD(dates, year_end), filter).</summary>
internal sealed class TotalYtd : DaxFunction
{
    public override string Name => "TOTALYTD";
    public override int MinArguments => 2;
    public override int MaxArguments => 4;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        // A text third argument is the year-end date, not a filter.
        var yearEndIndex = args.Length == 4 ? 3 : args.Length == 3 && args[2] is BoundLiteral { Value.Type: DaxType.String } ? 2 : -1;
        BoundExpr[] ytdArgs = yearEndIndex > 0 ? [args[1], args[yearEndIndex]] : [args[1]];
        var ytd = new BoundCall(new DatesYtd(), ytdArgs, args[1].Span);
        var filters = new List<BoundExpr> { ytd };
        if (args.Length >= 3 && yearEndIndex != 2) filters.Add(args[2]);
        return ev.Scalar(args[0], ev.Calculate(filters, ctx));
    }
}
