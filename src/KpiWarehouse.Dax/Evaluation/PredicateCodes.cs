using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// Fast path of Boolean CALCULATE filters: a predicate built from comparisons of the column with values
/// that do not depend on the row (<c>T[c] &lt;= PeriodEnd</c>, <c>ISBLANK(T[c]) || T[c] &gt; x</c>) becomes a
/// code set by binary search on the sorted dictionary instead of one evaluation per distinct value.
/// Returns null for any other shape; the caller then evaluates the predicate value by value.
/// </summary>
internal static class PredicateCodes
{
    private static readonly HashSet<string> PureFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "BLANK", "TRUE", "FALSE", "DATE", "YEAR", "MONTH", "DAY", "EOMONTH", "EDATE", "ABS", "INT", "ROUND",
    };

    public static BitSet? TryCompute(Evaluator ev, BoundExpr predicate, Column column, EvalContext outer)
    {
        switch (predicate)
        {
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } b:
                var left = TryCompute(ev, b.Left, column, outer);
                var right = left is null ? null : TryCompute(ev, b.Right, column, outer);
                if (left is null || right is null) return null;
                if (b.Operator == BinaryOperator.And) left.And(right); else left.Or(right);
                return left;
            case BoundUnary { Operator: UnaryOperator.Not } n:
                var inner = TryCompute(ev, n.Operand, column, outer);
                if (inner is null) return null;
                var all = new BitSet(column.Dictionary.Length, allSet: true);
                for (var c = inner.Next(0); c >= 0; c = inner.Next(c + 1)) all[c] = false;
                return all;
            case BoundCall { Function.Name: "ISBLANK", Arguments: [BoundColumn { Column: var c }] } when c == column:
                var blank = new BitSet(column.Dictionary.Length);
                blank[0] = true;
                return blank;
            case BoundBinary b when IsComparison(b.Operator):
                if (b.Left is BoundColumn lc && lc.Column == column && IsIndependent(b.Right))
                    return Range(column, b.Operator, ev.Scalar(b.Right, outer), swapped: false);
                if (b.Right is BoundColumn rc && rc.Column == column && IsIndependent(b.Left))
                    return Range(column, b.Operator, ev.Scalar(b.Left, outer), swapped: true);
                return null;
            default:
                return null;
        }
    }

    private static bool IsComparison(BinaryOperator op) => op is BinaryOperator.Equal or BinaryOperator.StrictEqual
        or BinaryOperator.NotEqual or BinaryOperator.LessThan or BinaryOperator.LessThanOrEqual
        or BinaryOperator.GreaterThan or BinaryOperator.GreaterThanOrEqual;

    private static bool IsIndependent(BoundExpr e) => e switch
    {
        BoundLiteral or BoundVariableRef => true,
        BoundUnary u => IsIndependent(u.Operand),
        BoundBinary b => b.Operator != BinaryOperator.In && IsIndependent(b.Left) && IsIndependent(b.Right),
        BoundCall c => PureFunctions.Contains(c.Function.Name) && c.Arguments.All(IsIndependent),
        _ => false,
    };

    // Codes 1..n hold one type in ascending order, so "dictionary[i] op v" holds on a contiguous range.
    private static BitSet Range(Column column, BinaryOperator op, DaxValue v, bool swapped)
    {
        var dict = column.Dictionary;
        var n = dict.Length - 1;
        var result = new BitSet(dict.Length);
        if (op != BinaryOperator.StrictEqual && Holds(DaxValue.Compare(DaxValue.Blank, v), op, swapped)) result[0] = true;
        if (op == BinaryOperator.StrictEqual && v.IsBlank) result[0] = true;
        if (n == 0 || (op == BinaryOperator.StrictEqual && v.IsBlank)) return result;
        var lower = Search(dict, v, strict: false);
        var upper = Search(dict, v, strict: true);
        for (var i = 1; i <= n; i++)
        {
            var c = i < lower ? -1 : i < upper ? 0 : 1;
            if (Holds(c, op == BinaryOperator.StrictEqual ? BinaryOperator.Equal : op, swapped)) result[i] = true;
        }
        return result;
    }

    /// <summary>The first code in 1..n whose value is ≥ v (or &gt; v when strict); n + 1 when none.</summary>
    private static int Search(DaxValue[] dict, DaxValue v, bool strict)
    {
        int lo = 1, hi = dict.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = DaxValue.Compare(dict[mid], v);
            if (strict ? c > 0 : c >= 0) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static bool Holds(int c, BinaryOperator op, bool swapped)
    {
        if (swapped) c = -c;
        return op switch
        {
            BinaryOperator.Equal or BinaryOperator.StrictEqual => c == 0,
            BinaryOperator.NotEqual => c != 0,
            BinaryOperator.LessThan => c < 0,
            BinaryOperator.LessThanOrEqual => c <= 0,
            BinaryOperator.GreaterThan => c > 0,
            _ => c >= 0,
        };
    }
}
