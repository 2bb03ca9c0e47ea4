using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>Row membership shared by INTERSECT and EXCEPT.</summary>
internal static class SetOps
{
    public static DaxTable Keep(Evaluator ev, BoundExpr[] args, EvalContext ctx, bool present)
    {
        var left = ev.Table(args[0], ctx);
        var right = ev.Table(args[1], ctx);
        if (left.Columns.Count != right.Columns.Count)
            throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, "Both tables need the same number of columns.");
        var set = new HashSet<DaxValue[]>(Enumerable.Range(0, right.RowCount).Select(right.Row), Evaluation.Filters.TupleComparer.Instance);
        var keep = Enumerable.Range(0, left.RowCount).Where(r => set.Contains(left.Row(r)) == present).ToArray();
        return left.Select(keep);
    }
}
