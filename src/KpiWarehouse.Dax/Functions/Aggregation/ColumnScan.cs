using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Aggregation;

/// <summary>Aggregations over a column's visible rows, reading dictionary codes (no per-row allocation).</summary>
internal static class ColumnScan
{
    public delegate void Visitor(int code);

    public static void Visit(Column column, EvalContext ctx, Visitor visit)
    {
        var rows = ctx.Filter.VisibleRows(column.Table);
        var codes = column.Codes;
        for (var r = rows.Next(0); r >= 0; r = rows.Next(r + 1)) visit(codes[r]);
    }

    /// <summary>Sum of the non-blank values; BLANK when there are none. Keeps the column's type.</summary>
    public static DaxValue Sum(Column column, EvalContext ctx)
    {
        var rows = ctx.Filter.VisibleRows(column.Table);
        var codes = column.Codes;
        var any = false;
        switch (column.DataType)
        {
            case DaxType.Currency:
                long scaled = 0;
                for (var r = rows.Next(0); r >= 0; r = rows.Next(r + 1))
                    if (codes[r] != 0) { scaled = checked(scaled + column.ScaledCurrency[codes[r]]); any = true; }
                return any ? DaxValue.FromCurrencyScaled(scaled) : DaxValue.Blank;
            case DaxType.Integer or DaxType.Boolean:
                long total = 0;
                for (var r = rows.Next(0); r >= 0; r = rows.Next(r + 1))
                    if (codes[r] != 0) { total = checked(total + (long)column.Numbers[codes[r]]); any = true; }
                return any ? DaxValue.FromInteger(total) : DaxValue.Blank;
            case DaxType.String:
                throw new DaxEvaluationError(EvaluationDiagnostics.TypeMismatch, $"SUM cannot work with values of type Text ({column.QualifiedName}).");
            default:
                double sum = 0;
                for (var r = rows.Next(0); r >= 0; r = rows.Next(r + 1))
                    if (codes[r] != 0) { sum += column.Numbers[codes[r]]; any = true; }
                return any ? DaxValue.FromDouble(sum) : DaxValue.Blank;
        }
    }

    /// <summary>The smallest (or largest) non-blank value; BLANK when none.</summary>
    public static DaxValue Extreme(Column column, EvalContext ctx, bool max)
    {
        var rows = ctx.Filter.VisibleRows(column.Table);
        var codes = column.Codes;
        var best = max ? 0 : int.MaxValue;
        for (var r = rows.Next(0); r >= 0; r = rows.Next(r + 1))
        {
            var c = codes[r];
            if (c == 0) continue;
            if (max ? c > best : c < best) best = c;
        }
        return best is 0 or int.MaxValue ? DaxValue.Blank : column.Dictionary[best];
    }

    public static int CountNonBlank(Column column, EvalContext ctx)
    {
        var n = 0;
        Visit(column, ctx, c => { if (c != 0) n++; });
        return n;
    }

    public static DaxValue CountOrBlank(long n) => n == 0 ? DaxValue.Blank : DaxValue.FromInteger(n);

    /// <summary>Folds the non-blank results of <paramref name="expression"/> over the rows of <paramref name="table"/>.</summary>
    public static List<DaxValue> NonBlankResults(Evaluator ev, BoundExpr table, BoundExpr expression, EvalContext ctx)
    {
        var results = new List<DaxValue>();
        ev.Iterate(ev.Table(table, ctx), ctx, (_, inner) =>
        {
            var v = ev.Scalar(expression, inner);
            if (!v.IsBlank) results.Add(v);
        });
        return results;
    }
}
