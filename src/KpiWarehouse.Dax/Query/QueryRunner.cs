using System.Collections.Immutable;
using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Query;

/// <summary>Executes a parsed query: DEFINE (measures, variables, tables), then each EVALUATE with ORDER BY and START AT.</summary>
internal static class QueryRunner
{
    public static Binder NewBinder(SemanticModel model, IReadOnlyDictionary<string, Measure> queryMeasures) =>
        new(model, text =>
        {
            var parsed = DaxParser.ParseExpression(text);
            return parsed.Success ? (parsed.Tree, null) : (null, parsed.Diagnostics.FirstOrDefault());
        }, queryMeasures);

    public static List<ResultTable> Run(SemanticModel model, DaxQuery query, EvaluateOptions options)
    {
        if (query.Definitions.OfType<ColumnDefinition>().Any()) model = QueryColumns.Extend(model, query, options);
        var queryMeasures = new Dictionary<string, Measure>(StringComparer.OrdinalIgnoreCase);
        var binder = NewBinder(model, queryMeasures);
        foreach (var m in query.Definitions.OfType<MeasureDefinition>())
        {
            var table = model.FindTable(m.Table)
                ?? throw Binder.Error(EvaluationDiagnostics.UnknownName, $"DEFINE MEASURE: table '{m.Table}' does not exist.", m.NameSpan);
            var measure = new Measure(table, m.Name, m.Expression.ToString(), null);
            queryMeasures[m.Name] = measure;
            binder.DefineQueryMeasure(measure, m.Expression);
        }
        var evaluator = new Evaluator(model, binder, options.User)
        {
            TracksShadowFilters = model.MentionsAllSelected || MentionsAllSelected(query),
        };
        if (options.Role is { } roleName)
        {
            var role = model.FindRole(roleName)
                ?? throw new DaxEvaluationError(EvaluationDiagnostics.InvalidRole, $"The model has no role '{roleName}'.");
            evaluator.ApplyRole(role);
        }
        var ctx = evaluator.Root();
        var scope = ImmutableDictionary<string, BoundVariable>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        foreach (var d in query.Definitions)
        {
            switch (d)
            {
                case MeasureDefinition or ColumnDefinition: break;
                case VariableDefinition or TableDefinition:
                    var value = binder.Bind(d.Expression, scope);
                    var variable = binder.DeclareGlobal(d.Name);
                    var frame = evaluator.IsTableValued(value, ctx)
                        ? new VarFrame(variable, DaxValue.Blank, evaluator.Table(value, ctx), ctx.Vars)
                        : new VarFrame(variable, evaluator.Scalar(value, ctx), null, ctx.Vars);
                    ctx = ctx with { Vars = frame };
                    evaluator.Globals = frame;
                    break;
            }
        }
        var results = new List<ResultTable>();
        foreach (var statement in query.Statements)
        {
            var bound = binder.Bind(statement.Table, scope);
            var table = evaluator.Table(bound, ctx);
            var order = Order(evaluator, binder, statement, table, ctx, scope);
            var columns = table.Columns.Select(c => new ResultColumn(c.Lineage is { } l && c.Name == l.Name ? $"{l.Table.Name}[{l.Name}]" : c.Name)).ToArray();
            results.Add(new ResultTable(columns, order.Select(table.Row).ToArray()));
        }
        return results;
    }

    private static int[] Order(Evaluator evaluator, Binder binder, EvaluateStatement statement, DaxTable table, EvalContext ctx,
        ImmutableDictionary<string, BoundVariable> scope)
    {
        var positions = Enumerable.Range(0, table.RowCount).ToArray();
        if (statement.OrderBy.Length == 0) return positions;
        var keys = statement.OrderBy.Select(o => KeyColumn(binder.Bind(o.Expression, scope), table)).ToArray();
        var values = new DaxValue[table.RowCount][];
        evaluator.Iterate(table, ctx, (r, inner) => values[r] = keys.Select(k => k.Index >= 0 ? table.Value(r, k.Index) : evaluator.Scalar(k.Expr!, inner)).ToArray());
        Array.Sort(positions, (a, b) =>
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var c = DaxValue.SortCompare(values[a][k], values[b][k]);
                if (c != 0) return statement.OrderBy[k].Direction == SortDirection.Descending ? -c : c;
            }
            return a.CompareTo(b);
        });
        if (statement.StartAt.Length == 0) return positions;
        var start = statement.StartAt.Select(e => evaluator.Scalar(binder.Bind(e, scope), ctx)).ToArray();
        return positions.SkipWhile(p =>
        {
            for (var k = 0; k < start.Length; k++)
            {
                var c = DaxValue.SortCompare(values[p][k], start[k]);
                if (statement.OrderBy[k].Direction == SortDirection.Descending) c = -c;
                if (c != 0) return c < 0;
            }
            return false;
        }).ToArray();
    }

    private static bool MentionsAllSelected(SyntaxNode node) =>
        node is FunctionCall { Name: var name } && string.Equals(name, "ALLSELECTED", StringComparison.OrdinalIgnoreCase)
        || node.ChildNodes().Any(MentionsAllSelected);

    // ORDER BY [Name] names a result column when one has that name; otherwise it is evaluated per row.
    private static (int Index, BoundExpr? Expr) KeyColumn(BoundExpr e, DaxTable table)
    {
        var index = e switch
        {
            BoundMeasure m => table.IndexOf(m.Measure.Name),
            BoundNamedColumn n => table.IndexOf(n.Name),
            BoundColumn c => table.IndexOf(c.Column),
            _ => -1,
        };
        return (index, index >= 0 ? null : e);
    }
}
