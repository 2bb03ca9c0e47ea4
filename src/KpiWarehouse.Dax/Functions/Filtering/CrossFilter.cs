using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>CROSSFILTER(col1, col2, NONE | BOTH | ONEWAY …): changes the relationship's direction for the CALCULATE.</summary>
internal sealed class CrossFilter : TableFunction, IFilterModifier
{
    public override string Name => "CROSSFILTER";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override bool IsKeywordArgument(int index) => index == 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) =>
        throw Fail("CROSSFILTER can only be used as a CALCULATE or CALCULATETABLE filter argument.");

    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current)
    {
        var relationship = UseRelationship.Find(ev, args, Name);
        var direction = ev.Scalar(args[2], ctx).AsText().ToUpperInvariant() switch
        {
            "NONE" => CrossFilterDirection.None,
            "BOTH" => CrossFilterDirection.Both,
            "ONEWAY" or "ONEWAY_RIGHTFILTERSLEFT" or "ONEWAY_LEFTFILTERSRIGHT" => CrossFilterDirection.Single,
            var other => throw Fail($"CROSSFILTER: unknown direction '{other}'."),
        };
        return current.With(current.State.CrossFilter(relationship, direction));
    }
}
