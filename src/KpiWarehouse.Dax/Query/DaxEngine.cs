using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Query;

/// <summary>
/// The one-call entry point: runs a DAX query (<c>DEFINE … EVALUATE … ORDER BY …</c>) against a
/// <see cref="SemanticModel"/>. Errors in the query or the model's measures come back as a
/// <see cref="DaxDiagnostic"/>, never as an exception.
/// </summary>
public static class DaxEngine
{
    /// <summary>Parses and evaluates <paramref name="queryText"/>.</summary>
    public static QueryResult Evaluate(SemanticModel model, string queryText, EvaluateOptions? options = null)
    {
        var parsed = DaxParser.ParseQuery(queryText);
        if (!parsed.Success) return new QueryResult([], parsed.Diagnostics.FirstOrDefault());
        try
        {
            return new QueryResult(QueryRunner.Run(model, parsed.Tree, options ?? EvaluateOptions.Default), null);
        }
        catch (DaxEvaluationError e)
        {
            return new QueryResult([], e.ToDiagnostic());
        }
        catch (Exception e) when (e is OverflowException or ArithmeticException or InsufficientExecutionStackException)
        {
            return new QueryResult([], new DaxDiagnostic(EvaluationDiagnostics.ComputationError, e.Message, null));
        }
    }

    /// <summary>
    /// Binds every measure, calculation item and selection expression of the model (names, functions, argument counts) without
    /// evaluating it; returns one diagnostic per measure that cannot be evaluated.
    /// </summary>
    public static IReadOnlyList<DaxDiagnostic> Check(SemanticModel model)
    {
        var binder = QueryRunner.NewBinder(model, new Dictionary<string, Measure>());
        var problems = new List<DaxDiagnostic>();
        foreach (var m in model.Measures)
            Try($"measure [{m.Name}]", () => binder.BindMeasure(m));
        foreach (var g in model.CalculationGroups)
            foreach (var item in g.Items.Append(g.Selection.MultipleOrEmptySelection).Append(g.Selection.NoSelection).OfType<CalculationItem>())
                Try($"calculation item '{item.Name}'", () => binder.BindText(item.Expression, $"calculation item '{item.Name}'"));
        return problems;

        void Try(string owner, Action bind)
        {
            try
            {
                bind();
            }
            catch (DaxEvaluationError e)
            {
                var message = e.Message.StartsWith(owner, StringComparison.Ordinal) ? e.Message : $"{owner}: {e.Message}";
                problems.Add(new DaxDiagnostic(e.Code, message, e.Span));
            }
        }
    }
}
