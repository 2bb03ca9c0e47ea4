using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>ADDCOLUMNS(table, name, expression, …): the table with computed columns, each evaluated in the row's context.</summary>
internal sealed class AddColumns : TableFunction
{
    public override string Name => "ADDCOLUMNS";
    public override int MinArguments => 3;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        if (args.Length % 2 == 0) throw Fail("ADDCOLUMNS takes a table then name/expression pairs.");
        var table = ev.Table(args[0], ctx);
        var names = new List<string>();
        for (var i = 1; i < args.Length; i += 2) names.Add(ColumnNames.Of(ev, args[i], ctx, Name));
        var values = new List<DaxValue[]>(table.RowCount);
        ev.Iterate(table, ctx, (_, inner) =>
        {
            var row = new DaxValue[names.Count];
            for (var k = 0; k < row.Length; k++) row[k] = ev.Scalar(args[2 + 2 * k], inner);
            values.Add(row);
        });
        return table.Extend(names, values);
    }
}
