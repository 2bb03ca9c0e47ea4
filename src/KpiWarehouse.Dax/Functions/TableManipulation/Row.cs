using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>ROW(name, expression, …): a one-row table.</summary>
internal sealed class Row : TableFunction
{
    public override string Name => "ROW";
    public override int MinArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        if (args.Length % 2 != 0) throw Fail("ROW takes name/expression pairs.");
        var names = new List<TableColumn>();
        var values = new List<DaxValue>();
        for (var i = 0; i < args.Length; i += 2)
        {
            names.Add(new TableColumn(ColumnNames.Of(ev, args[i], ctx, Name), null));
            values.Add(ev.Scalar(args[i + 1], ctx));
        }
        return DaxTable.Materialized(names, [values.ToArray()]);
    }
}
