using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Filtering;

/// <summary>TREATAS(table, columns…): the table's rows with the given columns as lineage, so it filters them.</summary>
internal sealed class TreatAs : TableFunction
{
    public override string Name => "TREATAS";
    public override int MinArguments => 2;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var source = ev.Table(args[0], ctx);
        var columns = args[1..].Select(a => Evaluator.ColumnArgument(a, Name)).ToArray();
        if (columns.Length != source.Columns.Count)
            throw Fail($"TREATAS: the table has {source.Columns.Count} column(s) but {columns.Length} column(s) were given.");
        var rows = Enumerable.Range(0, source.RowCount).Select(source.Row).ToList();
        return DaxTable.Materialized(columns.Select(c => new TableColumn(c.Name, c)).ToArray(), rows);
    }
}
