using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions;

/// <summary>
/// A built-in DAX function: one class per function, registered once in <see cref="FunctionRegistry"/>.
/// Arguments arrive unevaluated (bound expressions) because DAX functions decide the context each
/// argument is evaluated in (CALCULATE, iterators, FILTER).
/// </summary>
internal abstract class DaxFunction
{
    public abstract string Name { get; }

    public virtual int MinArguments => 0;

    public virtual int MaxArguments => int.MaxValue;

    /// <summary>True when column arguments are references (SUM(T[c])), not row values (YEAR(T[c])).</summary>
    public virtual bool TakesColumnReferences => false;

    /// <summary>True when the argument at <paramref name="index"/> is a keyword (DESC, YEAR, INTEGER, NONE) bound as text.</summary>
    public virtual bool IsKeywordArgument(int index) => false;

    /// <summary>True when the function returns a table.</summary>
    public virtual bool ReturnsTable => false;

    public virtual DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        throw new DaxEvaluationError(EvaluationDiagnostics.NotAScalar, $"{Name} returns a table where a single value is needed.");

    public virtual DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, $"{Name} returns a single value where a table is needed.");

    protected static DaxEvaluationError Fail(string message) => new(EvaluationDiagnostics.BadArguments, message);
}

/// <summary>A function returning a table.</summary>
internal abstract class TableFunction : DaxFunction
{
    public override bool ReturnsTable => true;

    public override bool TakesColumnReferences => true;
}

/// <summary>
/// A function that, as a top-level CALCULATE argument, changes the filter context instead of
/// adding a filter (ALL, REMOVEFILTERS, ALLEXCEPT, ALLSELECTED, USERELATIONSHIP, CROSSFILTER).
/// </summary>
internal interface IFilterModifier
{
    FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current);
}
