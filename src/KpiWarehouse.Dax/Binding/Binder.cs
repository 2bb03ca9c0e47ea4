using KpiWarehouse.Dax.Diagnostics;
using System.Collections.Immutable;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Functions;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Binding;

/// <summary>Parses one DAX expression (a measure's text) into a syntax tree, or returns the error.</summary>
internal delegate (Expression? Expression, DaxDiagnostic? Error) ExpressionParser(string text);

/// <summary>
/// Resolves a syntax tree against the model: <c>[Name]</c> is a measure when one has that name,
/// otherwise a column of a row context; <c>'T'[C]</c> is a model column, or a column of the
/// table variable T; a bare name is a variable in scope, else a table. Functions come from the
/// <see cref="FunctionRegistry"/>; an unknown one is an error naming it.
/// </summary>
internal sealed class Binder(SemanticModel model, ExpressionParser parse, IReadOnlyDictionary<string, Measure> queryMeasures)
{
    private readonly Dictionary<Measure, BoundExpr> _measures = [];
    private readonly HashSet<Measure> _binding = [];
    private readonly Dictionary<string, BoundVariable> _globals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Measure, Expression> _querySyntax = [];

    /// <summary>Gives a query-defined measure (DEFINE MEASURE) its already parsed expression.</summary>
    public void DefineQueryMeasure(Measure measure, Expression expression) => _querySyntax[measure] = expression;

    public SemanticModel Model { get; } = model;

    /// <summary>Query-level variables and tables (DEFINE VAR / TABLE) visible everywhere in the query.</summary>
    public BoundVariable DeclareGlobal(string name) => _globals[name] = new BoundVariable(name);

    public Measure? FindMeasure(string name) => queryMeasures.GetValueOrDefault(name) ?? Model.FindMeasure(name);

    public BoundExpr BindText(string text, string owner)
    {
        var (expression, error) = parse(text);
        if (error is not null)
            throw new DaxEvaluationError(error.Code, $"{owner}: {error.Message}") { Span = error.Span };
        return Bind(expression!, ImmutableDictionary<string, BoundVariable>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase));
    }

    public BoundExpr BindMeasure(Measure measure)
    {
        lock (_measures)
        {
            if (_measures.TryGetValue(measure, out var known)) return known;
            if (queryMeasures.Count == 0 && measure.Bound is BoundExpr cached) return _measures[measure] = cached;
            if (!_binding.Add(measure))
                throw Error(EvaluationDiagnostics.InvalidModel, $"Measure [{measure.Name}] refers to itself (circular dependency).", default);
            try
            {
                var bound = _querySyntax.TryGetValue(measure, out var syntax)
                    ? Bind(syntax, ImmutableDictionary<string, BoundVariable>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase))
                    : BindText(measure.Expression, $"measure [{measure.Name}]");
                _measures[measure] = bound;
                if (queryMeasures.Count == 0) measure.Bound = bound;
                return bound;
            }
            finally
            {
                _binding.Remove(measure);
            }
        }
    }

    public BoundExpr Bind(Expression e, ImmutableDictionary<string, BoundVariable> scope) => e switch
    {
        NumberLiteral n => new BoundLiteral(n.IntegerValue is { } i ? DaxValue.FromInteger(i) : DaxValue.FromDouble(n.Value), n.Span),
        StringLiteral s => new BoundLiteral(DaxValue.FromString(s.Value), s.Span),
        BooleanLiteral b => new BoundLiteral(DaxValue.FromBoolean(b.Value), b.Span),
        ColumnReference c => BindColumn(c, scope),
        NameReference n => BindName(n, scope),
        ParameterReference p => throw Error(EvaluationDiagnostics.UnknownName, $"Query parameter @{p.Name} has no value.", p.Span),
        UnaryExpression u => new BoundUnary(u.Operator, Bind(u.Operand, scope), u.Span),
        BinaryExpression b => new BoundBinary(b.Operator, Bind(b.Left, scope), Bind(b.Right, scope), b.Span),
        FunctionCall f => BindCall(f, scope),
        VarExpression v => BindVar(v, scope),
        TableConstructor t => new BoundTableConstructor(t.Rows.Select(r => r.Values.Select(x => Bind(x, scope)).ToArray()).ToArray(), t.Span),
        TupleExpression t => new BoundTuple(t.Values.Select(x => Bind(x, scope)).ToArray(), t.Span),
        OmittedArgument o => new BoundOmitted(o.Span),
        _ => throw Error(EvaluationDiagnostics.BadArguments, $"Unsupported expression '{e}'.", e.Span),
    };

    private BoundExpr BindColumn(ColumnReference c, ImmutableDictionary<string, BoundVariable> scope)
    {
        if (c.Table is null)
        {
            var measure = FindMeasure(c.Name);
            return measure is not null ? new BoundMeasure(measure, c.Span) : new BoundNamedColumn(null, c.Name, c.Span);
        }
        var table = Model.FindTable(c.Table);
        if (table is not null && !scope.ContainsKey(c.Table) && !_globals.ContainsKey(c.Table))
        {
            var column = table.FindColumn(c.Name);
            if (column is not null) return new BoundColumn(column, c.Span);
            var measure = FindMeasure(c.Name);
            if (measure is not null) return new BoundMeasure(measure, c.Span);
            throw Error(EvaluationDiagnostics.UnknownName, $"Column '{c.Table}'[{c.Name}] does not exist.", c.Span);
        }
        if (scope.ContainsKey(c.Table) || _globals.ContainsKey(c.Table)) return new BoundNamedColumn(c.Table, c.Name, c.Span);
        throw Error(EvaluationDiagnostics.UnknownName, $"Table '{c.Table}' does not exist.", c.Span);
    }

    private BoundExpr BindName(NameReference n, ImmutableDictionary<string, BoundVariable> scope)
    {
        if (!n.IsQuoted && (scope.TryGetValue(n.Name, out var v) || _globals.TryGetValue(n.Name, out v)))
            return new BoundVariableRef(v, n.Span);
        if (_globals.TryGetValue(n.Name, out var g)) return new BoundVariableRef(g, n.Span);
        var table = Model.FindTable(n.Name);
        if (table is not null) return new BoundTable(table, n.Span);
        throw Error(EvaluationDiagnostics.UnknownName, $"Cannot find table or variable '{n.Name}'.", n.Span);
    }

    private BoundExpr BindCall(FunctionCall f, ImmutableDictionary<string, BoundVariable> scope)
    {
        var function = FunctionRegistry.Find(f.Name)
            ?? throw Error(EvaluationDiagnostics.UnsupportedFunction, $"The function {f.Name.ToUpperInvariant()} is not supported by this DAX engine.", f.NameSpan);
        if (f.Arguments.Length < function.MinArguments || f.Arguments.Length > function.MaxArguments)
            throw Error(EvaluationDiagnostics.BadArguments,
                $"{function.Name} takes {Range(function)} arguments, not {f.Arguments.Length}.", f.NameSpan);
        var args = f.Arguments.Select((a, i) => function.IsKeywordArgument(i) && a is NameReference keyword
            ? new BoundLiteral(DaxValue.FromString(keyword.Name), a.Span)
            : Bind(a, scope)).ToArray();
        return new BoundCall(function, args, f.Span);
    }

    private static string Range(DaxFunction f) =>
        f.MinArguments == f.MaxArguments ? f.MinArguments.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : f.MaxArguments == int.MaxValue ? $"at least {f.MinArguments}" : $"{f.MinArguments} to {f.MaxArguments}";

    private BoundVar BindVar(VarExpression v, ImmutableDictionary<string, BoundVariable> scope)
    {
        var declarations = new List<(BoundVariable, BoundExpr)>();
        foreach (var d in v.Variables)
        {
            var value = Bind(d.Value, scope);
            var variable = new BoundVariable(d.Name);
            declarations.Add((variable, value));
            scope = scope.SetItem(d.Name, variable);
        }
        return new BoundVar(declarations, Bind(v.Body, scope), v.Span);
    }

    internal static DaxEvaluationError Error(string code, string message, TextSpan span) =>
        new(code, message) { Span = span.Line > 0 ? span : null };
}
