using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>GENERATESERIES(start, end, [step = 1]): the values start, start+step, … up to end, in column [Value].</summary>
internal sealed class GenerateSeries : TableFunction
{
    public override string Name => "GENERATESERIES";
    public override int MinArguments => 2;
    public override int MaxArguments => 3;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var start = ev.Scalar(args[0], ctx);
        var end = ev.Scalar(args[1], ctx);
        var step = args.Length > 2 ? ev.Scalar(args[2], ctx) : DaxValue.FromInteger(1);
        if (step.AsDouble() <= 0) throw Fail("GENERATESERIES: the increment must be positive.");
        var count = (end.AsDouble() - start.AsDouble()) / step.AsDouble();
        Limits.CheckRows(double.IsFinite(count) ? (long)Math.Min(count, long.MaxValue / 2) : long.MaxValue, Name);
        // One type for the column: Double as soon as one argument is not a whole number.
        if (!new[] { start, end, step }.All(x => x.Type is DaxType.Integer or DaxType.Blank))
        {
            start = DaxValue.FromDouble(start.AsDouble());
            step = DaxValue.FromDouble(step.AsDouble());
        }
        var rows = new List<DaxValue[]>();
        for (var v = start; DaxValue.Compare(v, end) <= 0; v = DaxValue.Add(v, step)) rows.Add([v]);
        return DaxTable.Materialized([new TableColumn("Value", null)], rows);
    }
}
