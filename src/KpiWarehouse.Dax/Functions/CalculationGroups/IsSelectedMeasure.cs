using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.CalculationGroups;

/// <summary>ISSELECTEDMEASURE([m1], …): TRUE when the calculation item is applied to one of the measures.</summary>
internal sealed class IsSelectedMeasure : DaxFunction
{
    public override string Name => "ISSELECTEDMEASURE";
    public override int MinArguments => 1;
    public override bool TakesColumnReferences => true;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var selected = ctx.Calc.Selected;
        return DaxValue.FromBoolean(selected is not null && args.Any(a => a is BoundMeasure m &&
            string.Equals(m.Measure.Name, selected.Name, StringComparison.OrdinalIgnoreCase)));
    }
}
