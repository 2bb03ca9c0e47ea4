using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.DateAndTime;

/// <summary>DATE(year, month, day): months and days beyond their range roll over (DATE(2024, 14, 1) = 2025-02-01).</summary>
internal sealed class Date : DaxFunction
{
    public override string Name => "DATE";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var y = (int)ev.Scalar(args[0], ctx).AsDouble();
        var m = (long)ev.Scalar(args[1], ctx).AsDouble();
        var d = (long)ev.Scalar(args[2], ctx).AsDouble();
        if (y < 1 || y > 9999 || Math.Abs(m) > 120_000 || Math.Abs(d) > 4_000_000)
            throw new DaxEvaluationError(EvaluationDiagnostics.ComputationError, $"DATE({y}, {m}, {d}) is not a valid date.");
        try
        {
            return DaxValue.FromDateTime(new DateTime(y, 1, 1).AddMonths((int)m - 1).AddDays(d - 1));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new DaxEvaluationError(EvaluationDiagnostics.ComputationError, $"DATE({y}, {m}, {d}) is not a valid date.");
        }
    }
}
