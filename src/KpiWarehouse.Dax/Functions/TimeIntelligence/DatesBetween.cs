using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TimeIntelligence;

/// <summary>DATESBETWEEN(dates, start, end): the column's dates from start to end inclusive; a BLANK bound is open.</summary>
internal sealed class DatesBetween : TableFunction
{
    public override string Name => "DATESBETWEEN";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var column = Evaluator.ColumnArgument(args[0], Name);
        var start = ev.Scalar(args[1], ctx);
        var end = ev.Scalar(args[2], ctx);
        var rows = new List<DaxValue[]>();
        for (var code = 1; code < column.Dictionary.Length; code++)
        {
            var v = column.Dictionary[code];
            if ((start.IsBlank || DaxValue.Compare(v, start) >= 0) && (end.IsBlank || DaxValue.Compare(v, end) <= 0)) rows.Add([v]);
        }
        return DaxTable.Materialized([new TableColumn(column.Name, column)], rows);
    }
}
