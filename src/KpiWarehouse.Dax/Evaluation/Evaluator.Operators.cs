using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

internal sealed partial class Evaluator
{
    private DaxValue Unary(BoundUnary u, EvalContext ctx)
    {
        var v = Scalar(u.Operand, ctx);
        return u.Operator switch
        {
            UnaryOperator.Minus => DaxValue.Negate(v),
            UnaryOperator.Not => DaxValue.FromBoolean(!v.AsBoolean()),
            _ => v,
        };
    }

    private DaxValue Binary(BoundBinary b, EvalContext ctx)
    {
        switch (b.Operator)
        {
            case BinaryOperator.And: return DaxValue.FromBoolean(Scalar(b.Left, ctx).AsBoolean() && Scalar(b.Right, ctx).AsBoolean());
            case BinaryOperator.Or: return DaxValue.FromBoolean(Scalar(b.Left, ctx).AsBoolean() || Scalar(b.Right, ctx).AsBoolean());
            case BinaryOperator.In: return In(b, ctx);
        }
        var l = Scalar(b.Left, ctx);
        var r = Scalar(b.Right, ctx);
        try
        {
            return b.Operator switch
            {
                BinaryOperator.Add => DaxValue.Add(l, r),
                BinaryOperator.Subtract => DaxValue.Subtract(l, r),
                BinaryOperator.Multiply => DaxValue.Multiply(l, r),
                BinaryOperator.Divide => DaxValue.Divide(l, r),
                BinaryOperator.Power => DaxValue.Power(l, r),
                BinaryOperator.Concatenate => DaxValue.Concatenate(l, r),
                BinaryOperator.Equal => DaxValue.FromBoolean(DaxValue.Compare(l, r) == 0),
                BinaryOperator.StrictEqual => DaxValue.FromBoolean(DaxValue.StrictEquals(l, r)),
                BinaryOperator.NotEqual => DaxValue.FromBoolean(DaxValue.Compare(l, r) != 0),
                BinaryOperator.LessThan => DaxValue.FromBoolean(DaxValue.Compare(l, r) < 0),
                BinaryOperator.GreaterThan => DaxValue.FromBoolean(DaxValue.Compare(l, r) > 0),
                BinaryOperator.LessThanOrEqual => DaxValue.FromBoolean(DaxValue.Compare(l, r) <= 0),
                BinaryOperator.GreaterThanOrEqual => DaxValue.FromBoolean(DaxValue.Compare(l, r) >= 0),
                _ => throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"Operator {b.Operator} is not supported."),
            };
        }
        catch (OverflowException)
        {
            throw new DaxEvaluationError(EvaluationDiagnostics.ComputationError, "An arithmetic operation overflowed.")
            { Span = b.Span };
        }
    }

    // x IN table: TRUE when some row equals x (strict equality: BLANK matches only BLANK, per dax.guide IN).
    private DaxValue In(BoundBinary b, EvalContext ctx)
    {
        var left = b.Left is BoundTuple tuple ? tuple.Values.Select(v => Scalar(v, ctx)).ToArray() : [Scalar(b.Left, ctx)];
        var table = Table(b.Right, ctx);
        if (table.Columns.Count != left.Length)
            throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments,
                $"IN compares {left.Length} value(s) with a table of {table.Columns.Count} column(s).") { Span = b.Span };
        for (var r = 0; r < table.RowCount; r++)
        {
            var all = true;
            for (var c = 0; c < left.Length && all; c++) all = DaxValue.StrictEquals(left[c], table.Value(r, c));
            if (all) return DaxValue.True;
        }
        return DaxValue.False;
    }
}
