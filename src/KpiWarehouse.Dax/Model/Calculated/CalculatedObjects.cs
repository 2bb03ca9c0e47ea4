using System.Collections.Immutable;
using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>The query's own measures and security, for columns defined in a query (DEFINE COLUMN).</summary>
internal sealed record QueryDefinitions(IReadOnlyList<MeasureDefinition> Measures, EvaluateOptions Options);

/// <summary>
/// Computes calculated columns and tables (Microsoft Learn "Calculated columns", "Calculated tables"):
/// in dependency order (<see cref="CalculatedOrder"/>), each against the model as assembled so far. A
/// column's expression is evaluated once per row of its table in a row context on that row and no
/// filter; the table's blank row holds BLANK. A table's expression is evaluated with no filter. Errors
/// are collected with the owner's name and the position inside its expression; an object whose
/// dependency failed is not computed.
/// </summary>
internal static class CalculatedObjects
{
    public static void Materialize(List<Table> tables, ModelSpec spec, IReadOnlyList<CalculatedSpec> items, QueryDefinitions? query,
        List<DaxDiagnostic> errors)
    {
        var failed = new HashSet<int>();
        var clashes = new HashSet<int>();
        var syntax = new Expression?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (Clash(tables, items, i) is { } clash)
            {
                errors.Add(clash);
                clashes.Add(i);
                failed.Add(i);
                continue;
            }
            if (items[i].Syntax is { } given) { syntax[i] = given; continue; }
            var parsed = DaxParser.ParseExpression(items[i].Expression);
            if (parsed.Success) syntax[i] = parsed.Tree;
            else
            {
                var e = parsed.Diagnostics[0];
                errors.Add(new(e.Code, $"{items[i].Owner}: {e.Message}", e.Span));
                failed.Add(i);
            }
        }
        var measures = spec.Measures.Concat(query?.Measures.Select(m => new MeasureSpec(m.Table, m.Name, m.Expression.ToString(), null)) ?? []).ToList();
        var order = CalculatedOrder.Sort(items, measures, syntax, clashes, errors, failed, out var dependencies);
        foreach (var i in order)
        {
            if (failed.Contains(i)) continue;
            var item = items[i];
            if (dependencies[i].Where(failed.Contains).Select(x => (int?)x).FirstOrDefault() is { } d)
            {
                errors.Add(new(EvaluationDiagnostics.InvalidModel, $"{item.Owner}: not computed because {items[d].Display}, which it uses, has an error.", item.Span));
                failed.Add(i);
                continue;
            }
            try
            {
                Compute(tables, spec, item, syntax[i]!, query, errors);
            }
            catch (DaxEvaluationError e)
            {
                var message = e.Message.StartsWith(item.Owner, StringComparison.Ordinal) ? e.Message : $"{item.Owner}: {e.Message}";
                errors.Add(new(e.Code, message, e.Span ?? item.Span));
                failed.Add(i);
            }
            catch (Exception e) when (e is OverflowException or ArithmeticException or InsufficientExecutionStackException)
            {
                errors.Add(new(EvaluationDiagnostics.ComputationError, $"{item.Owner}: {e.Message}", item.Span));
                failed.Add(i);
            }
        }
    }

    // A name already taken by the data or by an earlier calculated object, or a column of a table that neither has.
    private static DaxDiagnostic? Clash(List<Table> tables, IReadOnlyList<CalculatedSpec> items, int i)
    {
        var item = items[i];
        bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        var table = tables.FirstOrDefault(t => Same(t.Name, item.Table));
        var earlier = items.Take(i);
        string? problem;
        if (item.IsTable)
            problem = table is not null || earlier.Any(e => e.IsTable && Same(e.Table, item.Table)) ? "a table of that name already exists" : null;
        else if (table is null && !earlier.Any(e => e.IsTable && Same(e.Table, item.Table)) && !items.Skip(i + 1).Any(e => e.IsTable && Same(e.Table, item.Table)))
            return new(EvaluationDiagnostics.UnknownName, $"{item.Owner}: the table '{item.Table}' does not exist.", item.Span);
        else
            problem = table?.FindColumn(item.Column!) is not null || earlier.Any(e => !e.IsTable && Same(e.Table, item.Table) && Same(e.Column!, item.Column))
                ? "a column of that name already exists" : null;
        return problem is null ? null : new(EvaluationDiagnostics.InvalidModel, $"{item.Owner}: {problem}.", item.Span);
    }

    private static void Compute(List<Table> tables, ModelSpec spec, CalculatedSpec item, Expression syntax, QueryDefinitions? query,
        List<DaxDiagnostic> errors)
    {
        var existing = tables.FirstOrDefault(t => string.Equals(t.Name, item.Table, StringComparison.OrdinalIgnoreCase));
        if (!item.IsTable && existing is null)
            throw new DaxEvaluationError(EvaluationDiagnostics.UnknownName, $"{item.Owner}: the table '{item.Table}' does not exist.") { Span = item.Span };
        var model = ModelAssembler.Assemble(tables, spec, []);
        var queryMeasures = new Dictionary<string, Measure>(StringComparer.OrdinalIgnoreCase);
        var binder = QueryRunner.NewBinder(model, queryMeasures);
        foreach (var m in query?.Measures ?? [])
            if (model.FindTable(m.Table) is { } home)
            {
                var measure = new Measure(home, m.Name, m.Expression.ToString(), null);
                queryMeasures[m.Name] = measure;
                binder.DefineQueryMeasure(measure, m.Expression);
            }
        var evaluator = new Evaluator(model, binder, query?.Options.User) { TracksShadowFilters = true };
        if (query?.Options.Role is { } roleName && model.FindRole(roleName) is { } role) evaluator.ApplyRole(role);
        var bound = binder.Bind(syntax, ImmutableDictionary<string, BoundVariable>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase));
        var root = evaluator.Root();
        if (item.IsTable)
        {
            var result = evaluator.Table(bound, root);
            var columns = new List<ColumnData>(result.Columns.Count);
            for (var c = 0; c < result.Columns.Count; c++)
            {
                var values = new DaxValue[result.RowCount];
                for (var r = 0; r < values.Length; r++) values[r] = result.Value(r, c);
                columns.Add(CalculatedTypes.ToColumn(ColumnName(result.Columns[c]), item.Owner, values, null));
            }
            var before = errors.Count;
            TableEncoder.Add(tables, item.Table, columns, errors);
            for (var e = before; e < errors.Count; e++) errors[e] = errors[e] with { Message = $"{item.Owner}: {errors[e].Message}", Span = item.Span };
            return;
        }
        var table = model.FindTable(item.Table)!;
        var expressionType = StaticTypes.Of(bound, item.Owner); // a variant fails before any row is computed
        var cells = new DaxValue[table.RowCount];
        var rows = Enumerable.Range(0, table.RowCount).ToArray();
        evaluator.Iterate(DaxTable.FromRows(table, rows), root, (r, inner) => cells[r] = evaluator.Scalar(bound, inner));
        TableEncoder.AddColumn(existing!, CalculatedTypes.ToColumn(item.Column!, item.Owner, cells, item.DataType, expressionType));
    }

    // A model column keeps its own name ('Date'[Year] → Year); a computed one its given name.
    private static string ColumnName(TableColumn c)
    {
        if (c.Lineage is { } l && (string.Equals(c.Name, l.Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Name, $"{l.Table.Name}[{l.Name}]", StringComparison.OrdinalIgnoreCase))) return l.Name;
        return c.Name;
    }
}
