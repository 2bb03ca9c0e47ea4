using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.CalculationGroups;

/// <summary>SELECTEDMEASURENAME(): the name of the measure the calculation item is applied to.</summary>
internal sealed class SelectedMeasureName : DaxFunction
{
    public override string Name => "SELECTEDMEASURENAME";
    public override int MaxArguments => 0;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ctx.Calc.Selected is { } m ? DaxValue.FromString(m.Name) : DaxValue.Blank;
}
