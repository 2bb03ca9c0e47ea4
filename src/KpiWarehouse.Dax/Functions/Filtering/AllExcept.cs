using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>ALLEXCEPT(table, columns…): removes every filter on the table's expanded table except those on the listed columns.</summary>
internal sealed class AllExcept : TableFunction, IFilterModifier
{
    public override string Name => "ALLEXCEPT";
    public override int MinArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var table = Evaluator.TableArgument(args[0], Name);
        var filter = Modify(ev, args, ctx, ctx.Filter);
        return DaxTable.FromRows(table, filter.VisibleRows(table).ToArray());
    }

    public FilterContext Modify(Evaluator ev, BoundExpr[] args, EvalContext ctx, FilterContext current)
    {
        var table = Evaluator.TableArgument(args[0], Name);
        var kept = args[1..].Select(a => Evaluator.ColumnArgument(a, Name)).ToHashSet();
        var expanded = current.State.Expanded(table);
        return current.Remove(c => expanded.ContainsKey(c.Table) && !kept.Contains(c));
    }
}
