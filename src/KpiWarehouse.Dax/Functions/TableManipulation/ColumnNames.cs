using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>The name argument of ADDCOLUMNS, SELECTCOLUMNS, ROW, SUMMARIZECOLUMNS: a text constant.</summary>
internal static class ColumnNames
{
    public static string Of(Evaluator ev, BoundExpr arg, EvalContext ctx, string function)
    {
        if (arg is BoundLiteral { Value.Type: DaxType.String } literal) return literal.Value.StringValue;
        throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"{function}: a column name must be a text constant such as \"Total\".");
    }
}
