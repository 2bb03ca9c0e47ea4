using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.CalculationGroups;

/// <summary>SELECTEDMEASURE(): in a calculation item, the measure the item is applied to.</summary>
internal sealed class SelectedMeasure : DaxFunction
{
    public override string Name => "SELECTEDMEASURE";
    public override int MaxArguments => 0;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) => ev.SelectedMeasure(ctx);
}
