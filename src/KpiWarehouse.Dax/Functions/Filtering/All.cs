using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>
/// ALL(table | columns…): as a table, every row (or distinct combination) ignoring filters, the blank
/// row included; as a CALCULATE modifier, removes the filters on the table's expanded table (SQLBI
/// "Expanded tables": ALL(Sales) also clears filters on the dimensions Sales relates to) or on the columns.
/// </summary>
internal sealed class All : TableFunction, IFilterModifier
{
    public override string Name => "ALL";
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx) => AllRows.Of(args, Name, ctx, includeBlankRow: true);
    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current) => AllRows.Remove(args, current);
}
