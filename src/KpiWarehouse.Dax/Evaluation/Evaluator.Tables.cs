using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation.Filters;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>Distinct value combinations of columns of one table over <paramref name="rows"/> (all rows when null, blank row included).</summary>
    public static DaxTable DistinctCombos(IReadOnlyList<Column> columns, BitSet? rows)
    {
        var table = columns[0].Table;
        var tableColumns = columns.Select(c => new TableColumn(c.Name, c)).ToArray();
        if (columns.Count == 1)
        {
            var column = columns[0];
            var codes = new BitSet(column.Dictionary.Length);
            for (var r = 0; r < table.TotalRows; r++)
                if (rows is null || rows[r]) codes[column.Codes[r]] = true;
            var single = new List<DaxValue[]>();
            for (var c = codes.Next(0); c >= 0; c = codes.Next(c + 1)) single.Add([column.Dictionary[c]]);
            return DaxTable.Materialized(tableColumns, single);
        }
        var seen = new HashSet<DaxValue[]>(TupleComparer.Instance);
        var result = new List<DaxValue[]>();
        for (var r = 0; r < table.TotalRows; r++)
        {
            if (rows is not null && !rows[r]) continue;
            var tuple = new DaxValue[columns.Count];
            for (var i = 0; i < tuple.Length; i++) tuple[i] = columns[i].ValueAt(r);
            if (seen.Add(tuple)) result.Add(tuple);
        }
        return DaxTable.Materialized(tableColumns, result);
    }

    /// <summary>The table's distinct rows (DISTINCT of a table, UNION/INTERSECT/EXCEPT identity).</summary>
    public static DaxTable DistinctRows(DaxTable t)
    {
        var seen = new HashSet<DaxValue[]>(TupleComparer.Instance);
        var keep = new List<int>();
        for (var r = 0; r < t.RowCount; r++)
            if (seen.Add(t.Row(r))) keep.Add(r);
        return keep.Count == t.RowCount ? t : t.Select(keep);
    }

    /// <summary>The model column an argument names (T[c]), or an error.</summary>
    public static Column ColumnArgument(BoundExpr arg, string function)
    {
        if (arg is BoundColumn c) return c.Column;
        throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments,
            $"{function} expects a column reference such as 'Table'[Column].") { Span = arg.Span };
    }

    /// <summary>The model table an argument names ('T'), or an error.</summary>
    public static Table TableArgument(BoundExpr arg, string function)
    {
        if (arg is BoundTable t) return t.Table;
        throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments,
            $"{function} expects a table reference.") { Span = arg.Span };
    }

    /// <summary>A scalar argument, or BLANK when omitted or missing.</summary>
    public DaxValue Optional(BoundExpr[] args, int index, EvalContext ctx) =>
        index < args.Length && args[index] is not BoundOmitted ? Scalar(args[index], ctx) : DaxValue.Blank;
}
