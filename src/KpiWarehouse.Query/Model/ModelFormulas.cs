namespace KpiWarehouse.Query.Model;

/// <summary>Every DAX formula of a model, named by its owner, in file order.</summary>
internal static class ModelFormulas
{
    public static IEnumerable<(string Owner, DaxFormula Formula)> Of(SemanticModel model)
    {
        foreach (var table in model.Tables)
        {
            var name = $"'{table.Name}'";
            if (table.CalculatedExpression is { } calculated)
            {
                yield return ($"calculated table {name}", calculated);
            }

            foreach (var column in table.Columns.Where(c => c.Expression is not null))
            {
                yield return ($"calculated column {name}[{column.Name}]", column.Expression!);
            }

            foreach (var measure in table.Measures)
            {
                var owner = $"measure {name}[{measure.Name}]";
                yield return (owner, measure.Expression);
                foreach (var (part, formula) in Parts(measure))
                {
                    yield return ($"{part} of {owner}", formula);
                }
            }

            if (table.CalculationGroup?.MultipleOrEmptySelectionExpression is { } multiple)
            {
                yield return ($"multiple or empty selection expression of {name}", multiple);
            }

            if (table.CalculationGroup?.NoSelectionExpression is { } none)
            {
                yield return ($"no selection expression of {name}", none);
            }

            foreach (var item in table.CalculationGroup?.Items ?? [])
            {
                yield return ($"calculation item {name}[{item.Name}]", item.Expression);
                if (item.FormatStringExpression is { } format)
                {
                    yield return ($"format string of calculation item {name}[{item.Name}]", format);
                }
            }
        }

        foreach (var role in model.Roles)
        {
            foreach (var permission in role.TablePermissions.Where(p => p.FilterExpression is not null))
            {
                yield return ($"row filter of role {role.Name} on '{permission.Table}'", permission.FilterExpression!);
            }
        }
    }

    private static IEnumerable<(string Part, DaxFormula Formula)> Parts(ModelMeasure measure)
    {
        var parts = new (string, DaxFormula?)[]
        {
            ("format string", measure.FormatStringExpression),
            ("KPI target", measure.Kpi?.TargetExpression),
            ("KPI status", measure.Kpi?.StatusExpression),
            ("KPI trend", measure.Kpi?.TrendExpression),
        };
        return parts.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }
}
