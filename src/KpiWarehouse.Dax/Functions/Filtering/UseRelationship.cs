using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>USERELATIONSHIP(col1, col2): activates the relationship between the columns for the CALCULATE, deactivating the others between the same tables.</summary>
internal sealed class UseRelationship : TableFunction, IFilterModifier
{
    public override string Name => "USERELATIONSHIP";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        throw Fail("USERELATIONSHIP can only be used as a CALCULATE or CALCULATETABLE filter argument.");

    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current) =>
        current.With(current.State.Use(Find(ev, args, Name)));

    internal static Relationship Find(Evaluator ev, BoundExpr[] args, string name)
    {
        var a = Evaluator.ColumnArgument(args[0], name);
        var b = Evaluator.ColumnArgument(args[1], name);
        return ev.Model.Relationships.FirstOrDefault(r => (r.FromColumn == a && r.ToColumn == b) || (r.FromColumn == b && r.ToColumn == a))
            ?? throw new DaxEvaluationError(EvaluationDiagnostics.UnknownName, $"{name}: no relationship between {a} and {b}.");
    }
}
