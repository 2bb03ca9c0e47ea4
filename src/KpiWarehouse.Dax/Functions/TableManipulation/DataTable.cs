using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>DATATABLE(name, type, …, {{row}, …}): a literal table with typed columns.</summary>
internal sealed class DataTable : TableFunction
{
    public override string Name => "DATATABLE";
    public override int MinArguments => 3;
    public override bool IsKeywordArgument(int index) => index % 2 == 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        if (args.Length % 2 == 0 || args[^1] is not BoundTableConstructor data) throw Fail("DATATABLE takes name/type pairs then a table constructor {{…}, …}.");
        var names = new List<string>();
        var types = new List<DaxType>();
        for (var i = 0; i + 1 < args.Length - 1; i += 2)
        {
            names.Add(ColumnNames.Of(ev, args[i], ctx, Name));
            types.Add(ev.Scalar(args[i + 1], ctx).AsText().ToUpperInvariant() switch
            {
                "INTEGER" => DaxType.Integer,
                "DOUBLE" => DaxType.Double,
                "CURRENCY" => DaxType.Currency,
                "STRING" => DaxType.String,
                "BOOLEAN" => DaxType.Boolean,
                "DATETIME" => DaxType.DateTime,
                var other => throw Fail($"DATATABLE: unknown type {other}."),
            });
        }
        var rows = new List<DaxValue[]>();
        foreach (var row in data.Rows)
        {
            var cells = row.Length == 1 && row[0] is BoundTableConstructor inner ? inner.Rows.Select(r => r[0]).ToArray() : row;
            if (cells.Length != names.Count) throw Fail("DATATABLE: a row has the wrong number of values.");
            rows.Add(cells.Select((c, k) => Convert(ev.Scalar(c, ctx), types[k])).ToArray());
        }
        return DaxTable.Materialized(names.Select(n => new TableColumn(n, null)).ToArray(), rows);
    }

    private static DaxValue Convert(DaxValue v, DaxType type) => v.IsBlank ? v : type switch
    {
        DaxType.Integer => DaxValue.FromInteger((long)v.AsDouble()),
        DaxType.Double => DaxValue.FromDouble(v.AsDouble()),
        DaxType.Currency => DaxValue.FromCurrency(v.AsDecimal()),
        DaxType.String => DaxValue.FromString(v.AsText()),
        DaxType.Boolean => DaxValue.FromBoolean(v.AsBoolean()),
        DaxType.DateTime => v.Type == DaxType.String && DateTime.TryParse(v.StringValue, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? DaxValue.FromDateTime(d) : DaxValue.FromSerialDate(v.AsDouble()),
        _ => v,
    };
}
