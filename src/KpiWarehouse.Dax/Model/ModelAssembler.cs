using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// Turns encoded tables and a <see cref="ModelSpec"/> into a <see cref="SemanticModel"/>: indexes the
/// relationships (adding blank rows where keys do not match), marks date tables, creates measures,
/// calculation groups and roles. Run once per build, again after each calculated object is added,
/// and on a copy of the tables for a query's DEFINE COLUMN.
/// </summary>
internal static class ModelAssembler
{
    public static SemanticModel Assemble(List<Table> tables, ModelSpec spec, List<DaxDiagnostic> errors)
    {
        var byName = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var g in spec.Groups)
            if (byName.TryGetValue(g.Table, out var t) && t.FindColumn(g.Column) is { } c)
                t.CalculationGroup = new CalculationGroup(t, c, g.Precedence, g.Items.Select(Fresh).ToList(), Fresh(g.Selection));

        var relationships = new List<Relationship>();
        var codeMaps = new List<int[]>();
        foreach (var r in spec.Relationships)
        {
            var from = FindColumn(r.From, r.FromColumn);
            var to = FindColumn(r.To, r.ToColumn);
            if (from is null || to is null) continue;
            if (!IsUnique(to))
            {
                errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Relationship {from} -> {to}: the one side {to} has duplicate values.", null));
                continue;
            }
            var rel = new Relationship(relationships.Count, from, to, r.Active, r.Direction);
            rel.IndexCodes(out var map);
            relationships.Add(rel);
            codeMaps.Add(map);
        }
        foreach (var rel in relationships.Where(r => r.HasUnmatchedKeys)) rel.ToTable.AddBlankRow();
        // A many side's own blank row holds a BLANK key, which matches no one-side row either.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var rel in relationships.Where(r => r.FromTable.HasBlankRow && !r.ToTable.HasBlankRow))
            {
                rel.ToTable.AddBlankRow();
                changed = true;
            }
        }
        for (var i = 0; i < relationships.Count; i++) relationships[i].BuildIndex(codeMaps[i]);

        foreach (var (tableName, columnName) in spec.DateTables)
            if (FindColumn(tableName, columnName) is { } dateColumn) dateColumn.Table.DateColumn = dateColumn;
        // A one side keyed by a date column behaves as a date table even unmarked (SQLBI "Mark as date
        // table": filtering the date column of a relationship on a Date column removes the table's filters).
        foreach (var r in relationships.Where(r => r.ToColumn.DataType == DaxType.DateTime))
            r.ToTable.DateColumn ??= r.ToColumn;

        var measures = new List<Measure>();
        var measureNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in spec.Measures)
        {
            if (!byName.TryGetValue(m.Table, out var home)) { UnknownTable(m.Table); continue; }
            if (!measureNames.Add(m.Name) || home.FindColumn(m.Name) is not null)
            {
                errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Measure [{m.Name}] is defined twice or clashes with a column.", null));
                continue;
            }
            measures.Add(new Measure(home, m.Name, m.Expression, m.Format));
        }

        var roles = new List<Role>();
        foreach (var (name, filters) in spec.Roles)
        {
            var resolved = new Dictionary<Table, string>();
            foreach (var (tableName, expression) in filters)
                if (byName.TryGetValue(tableName, out var t)) resolved[t] = expression; else UnknownTable(tableName);
            roles.Add(new Role(name, resolved));
        }

        var groups = tables.Select(t => t.CalculationGroup).OfType<CalculationGroup>()
            .OrderByDescending(g => g.Precedence).ToList();
        return new SemanticModel(tables, relationships, measures, groups, roles, spec);

        Column? FindColumn(string table, string column)
        {
            if (!byName.TryGetValue(table, out var t)) { UnknownTable(table); return null; }
            var c = t.FindColumn(column);
            if (c is null) errors.Add(new(EvaluationDiagnostics.UnknownName, $"Column '{table}'[{column}] does not exist.", null));
            return c;
        }

        void UnknownTable(string table) =>
            errors.Add(new(EvaluationDiagnostics.UnknownName, $"Table '{table}' does not exist.", null));
    }

    // Bound trees are cached on items and refer to the columns of one assembly: every assembly gets its own.
    private static CalculationItem Fresh(CalculationItem i) => new(i.Name, i.Expression, i.FormatStringExpression);

    private static SelectionExpressions Fresh(SelectionExpressions s) =>
        new(s.MultipleOrEmptySelection is { } m ? Fresh(m) : null, s.NoSelection is { } n ? Fresh(n) : null);

    private static bool IsUnique(Column c)
    {
        var seen = new bool[c.Dictionary.Length];
        for (var r = 0; r < c.Table.RowCount; r++)
        {
            var code = c.Codes[r];
            if (code == 0) continue;
            if (seen[code]) return false;
            seen[code] = true;
        }
        return true;
    }
}
