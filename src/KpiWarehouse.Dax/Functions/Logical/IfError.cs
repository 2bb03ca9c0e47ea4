using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>IFERROR(value, alternate): the alternate when evaluating the value raises a DAX error.</summary>
internal sealed class IfError : DaxFunction
{
    public override string Name => "IFERROR";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        try
        {
            return ev.Scalar(args[0], ctx);
        }
        catch (DaxEvaluationError e) when (e.Code is EvaluationDiagnostics.TypeMismatch or EvaluationDiagnostics.ComputationError or EvaluationDiagnostics.NotAScalar)
        {
            return ev.Scalar(args[1], ctx);
        }
    }
}
