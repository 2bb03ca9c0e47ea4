using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Tests.Checks;

/// <summary>
/// The rules of Tabular Editor's standard best-practice set that apply to this model, as code over the object
/// model. Each violation is one line naming the rule and the object.
/// </summary>
public static class BestPractice
{
    public static IReadOnlyList<string> Check(Database database)
    {
        var model = database.Model;
        var violations = new List<string>();
        var measures = model.Tables.SelectMany(t => t.Measures.Select(m => (Table: t, Measure: m))).ToList();
        var columnNames = model.Tables.SelectMany(t => t.Columns).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var foreignKeys = model.Relationships.Select(r => (r.FromTable, r.FromColumn)).ToHashSet();

        if (!model.DiscourageImplicitMeasures)
            violations.Add("[implicit measures] discourageImplicitMeasures is off");

        foreach (var (table, measure) in measures)
        {
            var name = $"'{table.Name}'[{measure.Name}]";
            if (!measure.IsHidden && !table.IsHidden && string.IsNullOrWhiteSpace(measure.FormatString))
                violations.Add($"[format string] visible measure {name} has no format string");
            if (!measure.IsHidden && !table.IsHidden && string.IsNullOrWhiteSpace(measure.Description))
                violations.Add($"[description] visible measure {name} has no description");
            if (DaxText.HasDivisionOperator(measure.Expression))
                violations.Add($"[DIVIDE] measure {name} divides with '/' instead of DIVIDE");
            if (DaxText.Calls(measure.Expression, "IFERROR") || DaxText.Calls(measure.Expression, "ISERROR"))
                violations.Add($"[IFERROR] measure {name} uses IFERROR/ISERROR");
            if (columnNames.Contains(measure.Name))
                violations.Add($"[measure named like a column] {name}");
        }
        foreach (var duplicate in measures.GroupBy(m => m.Measure.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            violations.Add($"[duplicate measure name] '{duplicate.Key}' in {string.Join(", ", duplicate.Select(m => m.Table.Name))}");

        foreach (var item in model.Tables.Where(t => t.CalculationGroup is not null).SelectMany(t => t.CalculationGroup!.Items))
        {
            if (DaxText.HasDivisionOperator(item.Expression))
                violations.Add($"[DIVIDE] calculation item '{item.Name}' divides with '/'");
        }

        foreach (var table in model.Tables)
        {
            foreach (var column in table.Columns)
            {
                var name = $"'{table.Name}'[{column.Name}]";
                if (column.DataType == DataType.Double)
                    violations.Add($"[floating point] column {name} is double; use decimal (fixed decimal)");
                if (foreignKeys.Contains((table.Name, column.Name)) && !column.IsHidden)
                    violations.Add($"[hidden foreign key] column {name} relates to a dimension but is visible");
                if (foreignKeys.Contains((table.Name, column.Name)) && column.SummarizeBy != SummarizeBy.None)
                    violations.Add($"[summarize keys] column {name} is a key but summarizes");
                if (column.DataType == DataType.String && column.Name.Contains("Month Name", StringComparison.OrdinalIgnoreCase) && column.SortByColumn is null)
                    violations.Add($"[sort month names] column {name} has no sort-by column");
                if (column.SortByColumn is { } sortBy && table.FindColumn(sortBy) is null)
                    violations.Add($"[sort-by column] column {name} sorts by missing column '{sortBy}'");
            }
        }

        var dateTables = model.Tables.Where(t => t.DataCategory == "Time" && t.Columns.Any(c => c.IsKey && c.DataType == DataType.DateTime)).ToList();
        if (dateTables.Count != 1)
            violations.Add($"[date table] {dateTables.Count} tables are marked as date table (expected 1)");

        foreach (var r in model.Relationships)
        {
            if (model.FindTable(r.FromTable)?.FindColumn(r.FromColumn) is null || model.FindTable(r.ToTable)?.FindColumn(r.ToColumn) is null)
                violations.Add($"[relationship] {r.FromTable}[{r.FromColumn}] -> {r.ToTable}[{r.ToColumn}] names a missing column");
        }
        foreach (var pair in model.Relationships.GroupBy(r => (r.FromTable, r.ToTable)).Where(g => g.Count(r => r.IsActive) != 1))
            violations.Add($"[one active relationship] {pair.Key.FromTable} -> {pair.Key.ToTable} has {pair.Count(r => r.IsActive)} active relationships");
        return violations;
    }
}
