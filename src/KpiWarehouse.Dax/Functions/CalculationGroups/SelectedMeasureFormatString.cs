using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.CalculationGroups;

/// <summary>SELECTEDMEASUREFORMATSTRING(): the format string of the measure the calculation item is applied to.</summary>
internal sealed class SelectedMeasureFormatString : DaxFunction
{
    public override string Name => "SELECTEDMEASUREFORMATSTRING";
    public override int MaxArguments => 0;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        ctx.Calc.Selected is { } m ? DaxValue.FromString(m.FormatString ?? "") : DaxValue.Blank;
}
