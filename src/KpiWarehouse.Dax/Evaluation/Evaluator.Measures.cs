using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

// A measure reference is CALCULATE(<expression>): context transition, then the expression without
// row context. When the filter context selects exactly one item of a calculation group not yet
// applied on this path, the item's expression is evaluated instead, with SELECTEDMEASURE() standing
// for the measure (Microsoft Learn "Calculation groups": higher precedence applies first; an item is
// not re-applied to the measures it evaluates).
internal sealed partial class Evaluator
{
    // A measure's value depends only on the filter context (no row context survives the implicit
    // CALCULATE), the calculation-group state, the grouping scope and the ALLSELECTED baseline, so equal requests within a query share one result.
    private readonly Dictionary<(Measure, FilterContext, CalcState, object, FilterContext), DaxValue> _measureCache = [];

    public DaxValue EvaluateMeasure(Measure measure, EvalContext ctx)
    {
        if (ctx.Depth > MaxDepth)
            throw new DaxEvaluationError(EvaluationDiagnostics.LimitExceeded, $"Measure [{measure.Name}] is nested too deeply (is it circular?).");
        var filter = ctx.Rows is null ? ctx.Filter : ContextTransition(ctx);
        var key = (measure, filter, ctx.Calc, (object)ctx.Scope, ctx.Selected);
        if (_measureCache.TryGetValue(key, out var known)) return known;
        var value = EvaluateMeasureUncached(measure, ctx, filter);
        _measureCache[key] = value;
        return value;
    }

    private DaxValue EvaluateMeasureUncached(Measure measure, EvalContext ctx, FilterContext filter)
    {
        var inner = ctx with { Filter = filter, Rows = null, Vars = Globals, Depth = ctx.Depth + 1 };
        foreach (var group in Model.CalculationGroups)
        {
            if (ctx.Calc.Applied.Contains(group)) continue;
            var item = Applicable(group, filter);
            if (item is null) continue;
            item.Bound ??= Binder.BindText(item.Expression, $"calculation item '{item.Name}'");
            var applied = new HashSet<CalculationGroup>(ctx.Calc.Applied) { group };
            return Scalar((BoundExpr)item.Bound, inner with { Calc = new CalcState(measure, applied) });
        }
        return Scalar(Binder.BindMeasure(measure), inner with { Calc = ctx.Calc with { Selected = ctx.Calc.Selected } });
    }

    /// <summary>
    /// What replaces a measure for <paramref name="group"/> (Microsoft Learn "Calculation groups", selection
    /// expressions): the one item the filter context selects; with several or no visible items, the group's
    /// multipleOrEmptySelectionExpression; with no filter on the group's column, its noSelectionExpression.
    /// Without the expression that applies, null: the measure is evaluated unmodified (SQLBI "Controlling
    /// empty or multiple selections in calculation groups": the group was ignored before selection expressions).
    /// </summary>
    public static CalculationItem? Applicable(CalculationGroup group, FilterContext filter)
    {
        if (!filter.IsFiltered(group.Column)) return group.Selection.NoSelection;
        var rows = filter.VisibleRows(group.Table);
        var count = rows.Count();
        var first = rows.Next(0);
        if (count == 1 && first < group.Table.RowCount) return group.Find(group.Column.ValueAt(first).StringValue);
        return group.Selection.MultipleOrEmptySelection;
    }

    /// <summary>SELECTEDMEASURE(): the measure the current calculation item applies to.</summary>
    public DaxValue SelectedMeasure(EvalContext ctx)
    {
        var measure = ctx.Calc.Selected
            ?? throw new DaxEvaluationError(EvaluationDiagnostics.BadArguments, "SELECTEDMEASURE() is only valid in a calculation item.");
        return EvaluateMeasure(measure, ctx);
    }

    /// <summary>The role's security filters: each secured table's rows where its expression is TRUE.</summary>
    public void ApplyRole(Role role)
    {
        var root = Root();
        foreach (var (table, expression) in role.TableFilters)
        {
            if (!role.Bound.TryGetValue(table, out var bound))
                role.Bound[table] = bound = Binder.BindText(expression, $"role '{role.Name}' filter on '{table.Name}'");
            var all = Enumerable.Range(0, table.TotalRows).ToArray();
            var rows = new BitSet(table.TotalRows);
            Iterate(DaxTable.FromRows(table, all), root, (r, inner) =>
            {
                if (Scalar((BoundExpr)bound, inner).AsBoolean()) rows[r] = true;
            });
            Caches.SecurityFilters.Add(new Filters.RowFilter(table, rows, expanded: false, Caches.DefaultState));
        }
    }

    /// <summary>USERPRINCIPALNAME(): the user the query runs as (empty when none was given).</summary>
    public DaxValue UserPrincipalName() => DaxValue.FromString(User ?? "");
}
