using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>TOPN(n, table, orderBy, [order], …): the first n rows by the order expressions (DESC by default), ties at the boundary included.</summary>
internal sealed class TopN : TableFunction
{
    public override string Name => "TOPN";
    public override int MinArguments => 2;
    public override bool IsKeywordArgument(int index) => index >= 4 && index % 2 == 0 || index == 3;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var n = (long)ev.Scalar(args[0], ctx).AsDouble();
        var table = ev.Table(args[1], ctx);
        if (n <= 0 || table.RowCount == 0) return table.Select([]);
        var orders = new List<(BoundExpr Expr, bool Descending)>();
        for (var i = 2; i < args.Length; i += 2)
            orders.Add((args[i], i + 1 >= args.Length || Descending(ev.Scalar(args[i + 1], ctx))));
        if (orders.Count == 0) return n >= table.RowCount ? table : table.Select(Enumerable.Range(0, (int)n).ToArray());
        var keys = new DaxValue[table.RowCount][];
        ev.Iterate(table, ctx, (r, inner) => keys[r] = orders.Select(o => ev.Scalar(o.Expr, inner)).ToArray());
        int Compare(int a, int b)
        {
            for (var k = 0; k < orders.Count; k++)
            {
                var c = DaxValue.SortCompare(keys[a][k], keys[b][k]);
                if (c != 0) return orders[k].Descending ? -c : c;
            }
            return 0;
        }
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        Array.Sort(order, (a, b) => Compare(a, b) is var c && c != 0 ? c : a.CompareTo(b));
        var take = (int)Math.Min(n, order.Length);
        while (take < order.Length && Compare(order[take - 1], order[take]) == 0) take++;
        return table.Select(order[..take]);
    }

    private static bool Descending(DaxValue v) => v.Type == DaxType.String
        ? !v.StringValue.Equals("ASC", StringComparison.OrdinalIgnoreCase)
        : !v.AsBoolean();
}
