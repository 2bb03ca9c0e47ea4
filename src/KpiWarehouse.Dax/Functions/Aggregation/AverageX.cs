using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>AVERAGEX(table, expression): the mean of the non-blank results.</summary>
internal sealed class AverageX : DaxFunction
{
    public override string Name => "AVERAGEX";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var values = ColumnScan.NonBlankResults(ev, args[0], args[1], ctx);
        return values.Count == 0 ? DaxValue.Blank : DaxValue.FromDouble(values.Sum(v => v.AsDouble()) / values.Count);
    }
}
