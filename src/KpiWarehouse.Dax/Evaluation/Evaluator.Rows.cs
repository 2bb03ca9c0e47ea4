using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>The value of a column in the innermost row context that holds it.</summary>
    public DaxValue RowValue(Column column, EvalContext ctx, BoundExpr at)
    {
        for (var f = ctx.Rows; f is not null; f = f.Outer)
        {
            var t = f.Table;
            if (t.Base == column.Table && column.Ordinal < t.Columns.Count && t.Columns[column.Ordinal].Lineage == column)
                return column.ValueAt(t.BaseRows![f.Row]);
            var i = t.IndexOf(column);
            if (i >= 0) return t.Value(f.Row, i);
        }
        throw new DaxEvaluationError(EvaluationDiagnostics.NoRowContext,
            $"A single value for column {column.QualifiedName} cannot be determined: there is no row context for it. Use an aggregation such as SUM or MAX, or RELATED.")
        { Span = at.Span };
    }

    private static DaxValue NamedRowValue(BoundNamedColumn n, EvalContext ctx)
    {
        for (var f = ctx.Rows; f is not null; f = f.Outer)
        {
            var i = f.Table.IndexOf(n.Name);
            if (i < 0 && n.Table is not null) i = f.Table.IndexOf($"{n.Table}[{n.Name}]");
            if (i >= 0) return f.Table.Value(f.Row, i);
        }
        throw new DaxEvaluationError(EvaluationDiagnostics.UnknownName,
            $"Cannot find column or measure [{n.Name}].") { Span = n.Span };
    }

    /// <summary>RELATED: follows active many-to-one relationships from a row context to <paramref name="column"/>'s table.</summary>
    public DaxValue Related(Column column, EvalContext ctx)
    {
        for (var f = ctx.Rows; f is not null; f = f.Outer)
        {
            if (f.Table.Base is not { } table) continue;
            var map = ctx.Filter.State.Path(table, column.Table);
            if (map is null) continue;
            var row = f.Table.BaseRows![f.Row];
            return column.ValueAt(map.Length == 0 ? row : map[row]);
        }
        throw new DaxEvaluationError(EvaluationDiagnostics.NoRowContext,
            $"RELATED({column.QualifiedName}): no row context on a table related to {column.Table}.");
    }

    /// <summary>The current row of the innermost row context over <paramref name="table"/> (for RELATEDTABLE).</summary>
    public RowFrame? FrameOf(Table table, EvalContext ctx)
    {
        for (var f = ctx.Rows; f is not null; f = f.Outer)
            if (f.Table.Base == table) return f;
        return null;
    }

    /// <summary>
    /// VALUES of a column: its distinct values among the visible rows of its table (the blank row's
    /// BLANK included when <paramref name="includeBlankRow"/> and the blank row is visible).
    /// </summary>
    public static DaxTable ColumnValues(Column column, FilterContext filter, bool includeBlankRow)
    {
        var codes = VisibleCodes(column, filter, includeBlankRow);
        var rows = new List<DaxValue[]>();
        for (var c = codes.Next(0); c >= 0; c = codes.Next(c + 1)) rows.Add([column.Dictionary[c]]);
        return DaxTable.Materialized([new TableColumn(column.Name, column)], rows);
    }

    public static BitSet VisibleCodes(Column column, FilterContext filter, bool includeBlankRow)
    {
        var table = column.Table;
        var visible = filter.VisibleRows(table);
        var codes = new BitSet(column.Dictionary.Length);
        var limit = includeBlankRow ? table.TotalRows : table.RowCount;
        var source = column.Codes;
        if (visible.Count() == table.TotalRows)
            for (var r = 0; r < limit; r++) codes[source[r]] = true;
        else
            for (var r = visible.Next(0); r >= 0 && r < limit; r = visible.Next(r + 1)) codes[source[r]] = true;
        return codes;
    }

    /// <summary>
    /// Evaluates <paramref name="body"/> once per row of <paramref name="table"/> in a row context on it.
    /// The iteration starts a shadow filter context: the filter context as the iteration began, which
    /// ALLSELECTED restores inside it (dax.guide ALLSELECTED: "restoring the last shadow filter context";
    /// SQLBI "The definitive guide to ALLSELECTED": every iterator creates one). Tracked only when the
    /// query or the model uses ALLSELECTED, so measure results stay shared across iterations otherwise.
    /// </summary>
    public void Iterate(DaxTable table, EvalContext ctx, Action<int, EvalContext> body)
    {
        var inner = ctx.Push(table, out var frame);
        if (TracksShadowFilters) inner = inner with { Selected = ctx.Filter };
        for (var r = 0; r < table.RowCount; r++)
        {
            frame.Row = r;
            body(r, inner);
        }
    }
}
