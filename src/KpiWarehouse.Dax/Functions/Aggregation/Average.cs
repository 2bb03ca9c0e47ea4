using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>AVERAGE(column): the mean of the non-blank values; BLANK over no values.</summary>
internal sealed class Average : DaxFunction
{
    public override string Name => "AVERAGE";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var column = Evaluator.ColumnArgument(args[0], Name);
        double sum = 0;
        var n = 0;
        ColumnScan.Visit(column, ctx, c => { if (c != 0) { sum += column.Numbers[c]; n++; } });
        return n == 0 ? DaxValue.Blank : DaxValue.FromDouble(sum / n);
    }
}
