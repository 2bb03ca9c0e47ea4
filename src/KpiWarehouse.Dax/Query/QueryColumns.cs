using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Query;

/// <summary>
/// DEFINE COLUMN 'T'[C] = expression (dax.guide "DEFINE"; Microsoft Learn "DAX queries": a column defined
/// for the duration of the query, computed like a calculated column). The query runs against a copy of
/// the model — sharing the encoded data — with the columns added, so the shared model never changes and
/// the new columns are real columns: filters, group-by, RELATED and relationships see them. They are
/// computed under the query's role and may use the query's measures.
/// </summary>
internal static class QueryColumns
{
    public static SemanticModel Extend(SemanticModel model, DaxQuery query, EvaluateOptions options)
    {
        var items = query.Definitions.OfType<ColumnDefinition>()
            .Select(c => new CalculatedSpec(c.Table, c.Name, c.Expression.ToString(), null, c.Expression, c.NameSpan)).ToList();
        var tables = TableEncoder.Copy(model.Tables);
        var errors = new List<DaxDiagnostic>();
        var definitions = new QueryDefinitions(query.Definitions.OfType<MeasureDefinition>().ToList(), options);
        CalculatedObjects.Materialize(tables, model.Spec, items, definitions, errors);
        if (errors.Count > 0)
        {
            var first = errors[0];
            throw new DaxEvaluationError(first.Code, first.Message) { Span = first.Span };
        }
        return ModelAssembler.Assemble(tables, model.Spec, []);
    }
}
