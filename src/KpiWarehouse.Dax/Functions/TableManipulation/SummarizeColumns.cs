using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.TableManipulation;

/// <summary>
/// SUMMARIZECOLUMNS(groupBy…, filterTable…, name, expression, …): the existing combinations of the
/// group-by columns (auto-exist within each table, cross join across tables) under the filter
/// tables, each with its expressions evaluated with the combination as filters; rows where every
/// expression is BLANK are dropped (Microsoft Learn SUMMARIZECOLUMNS).
/// </summary>
internal sealed class SummarizeColumns : TableFunction
{
    public override string Name => "SUMMARIZECOLUMNS";
    public override int MinArguments => 1;
    public override DaxTable Table(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var groupBy = new List<Column>();
        var filterArgs = new List<BoundExpr>();
        var names = new List<string>();
        var exprs = new List<BoundExpr>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case BoundColumn c: groupBy.Add(c.Column); break;
                case BoundLiteral { Value.Type: DaxType.String } name when i + 1 < args.Length:
                    names.Add(name.Value.StringValue);
                    exprs.Add(args[++i]);
                    break;
                case BoundCall { Function.Name: "ROLLUPADDISSUBTOTAL" or "ROLLUPGROUP" or "IGNORE" or "NONVISUAL" } call:
                    throw new DaxEvaluationError(EvaluationDiagnostics.UnsupportedFunction, $"The function {call.Function.Name} is not supported by this DAX engine.");
                default: filterArgs.Add(args[i]); break;
            }
        }
        var outer = filterArgs.Count == 0 ? ctx : ev.Calculate(filterArgs, ctx with { Rows = null });
        outer = outer with { Rows = null, Selected = outer.Filter };
        var combos = Combinations(groupBy, outer.Filter);
        var columns = groupBy.Select(c => new TableColumn($"{c.Table.Name}[{c.Name}]", c))
            .Concat(names.Select(n => new TableColumn(n, null))).ToArray();
        var rows = new List<DaxValue[]>();
        var scope = groupBy.ToHashSet();
        var filterCache = groupBy.Select(_ => new Dictionary<DaxValue, Evaluation.Filters.Filter>()).ToArray();
        foreach (var combo in combos)
        {
            var filters = new List<Evaluation.Filters.Filter>(combo.Length);
            for (var k = 0; k < combo.Length; k++)
            {
                if (!filterCache[k].TryGetValue(combo[k], out var f)) filterCache[k][combo[k]] = f = ev.EqualsFilter(groupBy[k], combo[k]);
                filters.Add(f);
            }
            var cell = outer with { Filter = outer.Filter.Overwrite(filters), Scope = scope };
            var values = new DaxValue[exprs.Count];
            var anyValue = exprs.Count == 0;
            for (var e = 0; e < exprs.Count; e++)
            {
                values[e] = ev.Scalar(exprs[e], cell);
                anyValue |= !values[e].IsBlank;
            }
            if (anyValue) rows.Add([.. combo, .. values]);
        }
        return DaxTable.Materialized(columns, rows);
    }

    private static List<DaxValue[]> Combinations(List<Column> groupBy, FilterContext filter)
    {
        List<DaxValue[]> result = [[]];
        var positions = new List<int>();
        foreach (var byTable in groupBy.Select((c, i) => (c, i)).GroupBy(x => x.c.Table))
        {
            var cols = byTable.Select(x => x.c).ToArray();
            var combos = Evaluator.DistinctCombos(cols, filter.VisibleRows(byTable.Key));
            Limits.CheckRows((long)result.Count * combos.RowCount, "SUMMARIZECOLUMNS");
            positions.AddRange(byTable.Select(x => x.i));
            result = result.SelectMany(prefix => Enumerable.Range(0, combos.RowCount).Select(r => (DaxValue[])[.. prefix, .. combos.Row(r)])).ToList();
        }
        // Back to the order the group-by columns were given in.
        var order = positions.Select((p, k) => (p, k)).OrderBy(x => x.p).Select(x => x.k).ToArray();
        return result.Select(t => order.Select(k => t[k]).ToArray()).ToList();
    }
}
