using System.Text;
using KpiWarehouse.Query.Model;

namespace KpiWarehouse.Query.Tests.Model;

/// <summary>A plain-text listing of everything the reader produced, for golden files.</summary>
internal static class ModelDump
{
    public static string Write(SemanticModel model)
    {
        var text = new StringBuilder();
        text.Append($"model {model.Name} (compatibility {model.CompatibilityLevel}, culture {model.Culture})\n");
        foreach (var parameter in model.Parameters)
        {
            text.Append($"parameter {parameter.Name} = {parameter.Value ?? "(not text)"}\n");
        }

        foreach (var table in model.Tables)
        {
            WriteTable(text, table);
        }

        foreach (var r in model.Relationships)
        {
            text.Append($"relationship {r.Name}: '{r.FromTable}'[{r.FromColumn}] ({r.FromCardinality}) -> '{r.ToTable}'[{r.ToColumn}] ({r.ToCardinality})")
                .Append($" {(r.IsActive ? "active" : "inactive")} {r.CrossFilteringBehavior}\n");
        }

        foreach (var role in model.Roles)
        {
            text.Append($"role {role.Name} ({role.ModelPermission})\n");
            foreach (var permission in role.TablePermissions)
            {
                text.Append($"  filter '{permission.Table}': {Formula(permission.FilterExpression)}\n");
            }
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, ModelTable table)
    {
        text.Append($"table '{table.Name}'{(table.IsHidden ? " hidden" : "")}{(table.IsDateTable ? " date-table" : "")}\n");
        if (table.Source is { } source)
        {
            text.Append($"  source {source.WarehouseTable}: {source.RelativePath} ({(source.IsFolder ? "folder" : "file")}, parameter {source.Parameter ?? "-"}, from {source.Origin})\n");
        }

        foreach (var (name, value) in table.Annotations)
        {
            text.Append($"  annotation {name} = {value}\n");
        }

        if (table.CalculatedExpression is { } calculated)
        {
            text.Append($"  calculated table: {Formula(calculated)}\n");
        }

        foreach (var c in table.Columns)
        {
            text.Append($"  column [{c.Name}] {c.DataType} {c.Kind} source={c.SourceColumn ?? "-"}")
                .Append($"{(c.IsHidden ? " hidden" : "")}{(c.IsKey ? " key" : "")}")
                .Append(c.SortByColumn is null ? "" : $" sort-by=[{c.SortByColumn}]")
                .Append(c.FormatString is null ? "" : $" format={c.FormatString}")
                .Append(c.Expression is null ? "" : $" = {Formula(c.Expression)}")
                .Append('\n');
        }

        foreach (var m in table.Measures)
        {
            text.Append($"  measure [{m.Name}] = {Formula(m.Expression)}")
                .Append(m.FormatString is null ? "" : $" format={m.FormatString}")
                .Append(m.FormatStringExpression is null ? "" : $" format-expression={Formula(m.FormatStringExpression)}")
                .Append($"{(m.IsHidden ? " hidden" : "")}{(m.DisplayFolder is null ? "" : $" folder={m.DisplayFolder}")}\n");
            if (m.Kpi is { } kpi)
            {
                text.Append($"    kpi target={Formula(kpi.TargetExpression)} status={Formula(kpi.StatusExpression)} graphic={kpi.StatusGraphic}\n");
            }
        }

        if (table.CalculationGroup is { } group)
        {
            text.Append($"  calculation group precedence {group.Precedence}\n");
            if (group.MultipleOrEmptySelectionExpression is not null || group.NoSelectionExpression is not null)
                text.Append($"    multiple-or-empty-selection = {Formula(group.MultipleOrEmptySelectionExpression)} no-selection = {Formula(group.NoSelectionExpression)}\n");
            foreach (var item in group.Items)
            {
                text.Append($"    item [{item.Name}] ordinal {item.Ordinal} = {Formula(item.Expression)}")
                    .Append(item.FormatStringExpression is null ? "" : $" format-expression={Formula(item.FormatStringExpression)}")
                    .Append('\n');
            }
        }
    }

    /// <summary>The formula as the parser understood it (canonical print), or its error.</summary>
    private static string Formula(DaxFormula? formula) =>
        formula is null ? "-" : formula.Tree is { } tree ? tree.ToString() : $"ERROR {formula.Error}";
}
