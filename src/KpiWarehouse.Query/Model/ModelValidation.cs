namespace KpiWarehouse.Query.Model;

/// <summary>The checks across objects: unique names, and references that point at something.</summary>
internal static class ModelValidation
{
    public static void Check(SemanticModel model, TmslErrors errors)
    {
        string At(string path) => $"{errors.Source}: {path}";
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var measures = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in model.Tables)
        {
            var path = $"model.tables['{table.Name}']";
            if (!tables.Add(table.Name))
            {
                errors.Add(ModelDiagnostics.DuplicateName(At(path), $"table '{table.Name}'"));
            }

            var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in table.Columns.Where(column => !columns.Add(column.Name)))
            {
                errors.Add(ModelDiagnostics.DuplicateName(At(path), $"column '{table.Name}'[{column.Name}]"));
            }

            foreach (var column in table.Columns.Where(c => c.SortByColumn is { } sort && !columns.Contains(sort)))
            {
                errors.Add(ModelDiagnostics.UnknownReference(At($"{path}.columns['{column.Name}']"), $"sort-by column [{column.SortByColumn}]"));
            }

            // Measure names are unique in the whole model, and differ from the columns of their own table.
            foreach (var measure in table.Measures)
            {
                var at = At($"{path}.measures['{measure.Name}']");
                if (!measures.Add(measure.Name))
                {
                    errors.Add(ModelDiagnostics.DuplicateName(at, $"measure [{measure.Name}]"));
                }
                else if (columns.Contains(measure.Name))
                {
                    errors.Add(ModelDiagnostics.DuplicateName(at, $"[{measure.Name}], a column of '{table.Name}' and a measure,"));
                }
            }
        }

        foreach (var relationship in model.Relationships)
        {
            var path = At($"model.relationships['{relationship.Name}']");
            CheckColumn(model, errors, path, relationship.FromTable, relationship.FromColumn);
            CheckColumn(model, errors, path, relationship.ToTable, relationship.ToColumn);
        }

        foreach (var role in model.Roles)
        {
            foreach (var permission in role.TablePermissions.Where(p => model.FindTable(p.Table) is null))
            {
                errors.Add(ModelDiagnostics.UnknownReference(At($"model.roles['{role.Name}'].tablePermissions['{permission.Table}']"), $"table '{permission.Table}'"));
            }
        }
    }

    private static void CheckColumn(SemanticModel model, TmslErrors errors, string location, string table, string column)
    {
        if (model.FindTable(table) is not { } found)
        {
            errors.Add(ModelDiagnostics.UnknownReference(location, $"table '{table}'"));
        }
        else if (found.FindColumn(column) is null)
        {
            errors.Add(ModelDiagnostics.UnknownReference(location, $"column '{table}'[{column}]"));
        }
    }
}
