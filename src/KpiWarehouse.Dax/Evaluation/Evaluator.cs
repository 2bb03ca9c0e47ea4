using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// Evaluates bound expressions. One instance per query: it owns the query's caches. Split by
/// concern: operators, row contexts, tables, CALCULATE, measures and calculation groups.
/// </summary>
internal sealed partial class Evaluator
{
    private const int MaxDepth = 200;

    public Evaluator(SemanticModel model, Binder binder, string? user)
    {
        Model = model;
        Binder = binder;
        User = user;
        Caches = new QueryCaches(model);
    }

    public SemanticModel Model { get; }

    public Binder Binder { get; }

    public string? User { get; }

    public QueryCaches Caches { get; }

    /// <summary>True when ALLSELECTED occurs in the query or the model: iterations then record their shadow filter context.</summary>
    public bool TracksShadowFilters { get; set; }

    /// <summary>The query's DEFINE VAR / TABLE values: visible in measures, unlike the caller's variables.</summary>
    public VarFrame? Globals { get; set; }

    /// <summary>The root context: no filters (only the role's), no row context.</summary>
    public EvalContext Root()
    {
        var filter = new FilterContext([], Caches.DefaultState, Caches);
        return new EvalContext(filter, null, null, filter, [], CalcState.None, 0);
    }

    public DaxValue Scalar(BoundExpr e, EvalContext ctx)
    {
        switch (e)
        {
            case BoundLiteral l: return l.Value;
            case BoundColumn c: return RowValue(c.Column, ctx, c);
            case BoundMeasure m: return EvaluateMeasure(m.Measure, ctx);
            case BoundBinary b: return Binary(b, ctx);
            case BoundCall call:
                Enter(ctx);
                return call.Function.ReturnsTable
                    ? ToScalar(call.Function.Table(this, call.Arguments, ctx), call)
                    : call.Function.Scalar(this, call.Arguments, ctx);
            case BoundUnary u: return Unary(u, ctx);
            case BoundNamedColumn n: return NamedRowValue(n, ctx);
            case BoundVariableRef v:
                var frame = Lookup(v.Variable, ctx);
                return frame.Table is null ? frame.Scalar : ToScalar(frame.Table, v);
            case BoundVar v: return Scalar(v.Body, Declare(v, ctx));
            case BoundTableConstructor t: return ToScalar(Table(t, ctx), t);
            case BoundOmitted: return DaxValue.Blank;
            case BoundTable t:
                throw new DaxEvaluationError(EvaluationDiagnostics.NotAScalar,
                    $"The table {t.Table} is used where a single value is needed.") { Span = t.Span };
            default:
                throw new DaxEvaluationError(EvaluationDiagnostics.NotAScalar, "Expression cannot be evaluated as a value.");
        }
    }

    public DaxTable Table(BoundExpr e, EvalContext ctx)
    {
        switch (e)
        {
            case BoundTable t: return DaxTable.FromRows(t.Table, TableReferenceRows(t.Table, ctx.Filter));
            case BoundCall call when call.Function.ReturnsTable:
                Enter(ctx);
                return call.Function.Table(this, call.Arguments, ctx);
            case BoundVariableRef v:
                var frame = Lookup(v.Variable, ctx);
                return frame.Table ?? SingleValue(frame.Scalar);
            case BoundVar v: return Table(v.Body, Declare(v, ctx));
            case BoundTableConstructor t: return Construct(t, ctx);
            case BoundColumn c: return ColumnValues(c.Column, ctx.Filter, includeBlankRow: true);
            default:
                throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, "A table expression is needed here.")
                { Span = e.Span };
        }
    }

    /// <summary>
    /// The rows a table reference ('Customer') yields: the visible rows without the blank row, which
    /// only VALUES and ALL return (SQLBI "Blank row in DAX": COUNTROWS('Product') ignores it while
    /// COUNTROWS(ALL('Product')) counts it).
    /// </summary>
    public static int[] TableReferenceRows(Table table, FilterContext filter)
    {
        var rows = filter.VisibleRows(table).ToArray();
        return table.HasBlankRow && rows.Length > 0 && rows[^1] == table.RowCount ? rows[..^1] : rows;
    }

    /// <summary>True when the expression produces a table (used by CALCULATE and IN).</summary>
    public static bool IsTableExpression(BoundExpr e) => e switch
    {
        BoundTable or BoundTableConstructor => true,
        BoundCall c => c.Function.ReturnsTable,
        BoundVar v => IsTableExpression(v.Body),
        _ => false,
    };

    public bool IsTableValued(BoundExpr e, EvalContext ctx) =>
        IsTableExpression(e) || (e is BoundVariableRef v && Lookup(v.Variable, ctx).Table is not null);

    private static DaxValue ToScalar(DaxTable table, BoundExpr at)
    {
        if (table.Columns.Count != 1 && table.RowCount > 0)
            throw new DaxEvaluationError(EvaluationDiagnostics.NotAScalar,
                "A table of multiple columns was supplied where a single value was expected.") { Span = at.Span };
        if (table.RowCount == 0) return DaxValue.Blank;
        if (table.RowCount > 1)
            throw new DaxEvaluationError(EvaluationDiagnostics.NotAScalar,
                "A table of multiple values was supplied where a single value was expected.") { Span = at.Span };
        return table.Value(0, 0);
    }

    public static DaxTable SingleValue(DaxValue v) => DaxTable.Materialized([new TableColumn("Value", null)], [[v]]);

    private EvalContext Declare(BoundVar v, EvalContext ctx)
    {
        foreach (var (variable, value) in v.Declarations)
        {
            var isTable = IsTableValued(value, ctx);
            var frame = isTable
                ? new VarFrame(variable, DaxValue.Blank, Table(value, ctx), ctx.Vars)
                : new VarFrame(variable, Scalar(value, ctx), null, ctx.Vars);
            ctx = ctx with { Vars = frame };
        }
        return ctx;
    }

    public static VarFrame Lookup(BoundVariable variable, EvalContext ctx)
    {
        for (var f = ctx.Vars; f is not null; f = f.Outer)
            if (f.Variable == variable) return f;
        throw new DaxEvaluationError(EvaluationDiagnostics.UnknownName, $"Variable '{variable.Name}' has no value here.");
    }

    private static void Enter(EvalContext ctx)
    {
        if (ctx.Depth > MaxDepth)
            throw new DaxEvaluationError(EvaluationDiagnostics.LimitExceeded, "The expression is nested too deeply to evaluate.");
    }

    private DaxTable Construct(BoundTableConstructor t, EvalContext ctx)
    {
        var width = t.Rows.Length == 0 ? 1 : t.Rows[0].Length;
        var columns = Enumerable.Range(1, width).Select(i => new TableColumn(width == 1 ? "Value" : $"Value{i}", null)).ToArray();
        var rows = new List<DaxValue[]>(t.Rows.Length);
        foreach (var row in t.Rows)
        {
            if (row.Length != width) throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, "Every row of a table constructor needs the same number of values.");
            rows.Add(row.Select(x => Scalar(x, ctx)).ToArray());
        }
        return DaxTable.Materialized(columns, rows);
    }
}
