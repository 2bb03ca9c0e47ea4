using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// Builds a <see cref="SemanticModel"/> from column arrays. The one API a host uses:
/// <code>
/// var b = new ModelBuilder();
/// b.AddTable("Date", [ColumnData.Date("Date", dates), ColumnData.Integer("Year", years)]);
/// b.AddTable("Sales", [ColumnData.Date("order_date", orderDates), ColumnData.Currency("revenue_amount", revenue)]);
/// b.AddRelationship("Sales", "order_date", "Date", "Date");            // many → one, active
/// b.AddMeasure("Sales", "Revenue", "SUM(Sales[revenue_amount])");
/// var result = b.Build();                                             // model or errors
/// </code>
/// Names are case-insensitive as in DAX. Problems (duplicate names, unknown columns, a one-side key
/// that is not unique) are collected and returned by <see cref="Build"/>, never thrown.
/// </summary>
public sealed class ModelBuilder
{
    private readonly List<(string Name, IReadOnlyList<ColumnData> Columns)> _tables = [];
    private readonly List<(string From, string FromColumn, string To, string ToColumn, bool Active, CrossFilterDirection Direction)> _relationships = [];
    private readonly List<(string Table, string Name, string Expression, string? Format)> _measures = [];
    private readonly List<(string Table, string Column, int Precedence, IReadOnlyList<CalculationItem> Items)> _groups = [];
    private readonly List<(string Name, IReadOnlyDictionary<string, string> Filters)> _roles = [];
    private readonly List<(string Table, string Column)> _dateTables = [];

    /// <summary>Adds a table; all columns must have the same number of rows.</summary>
    public ModelBuilder AddTable(string name, IReadOnlyList<ColumnData> columns)
    {
        _tables.Add((name, columns));
        return this;
    }

    /// <summary>
    /// Adds a many-to-one relationship from <paramref name="fromTable"/>[<paramref name="fromColumn"/>]
    /// (many side) to <paramref name="toTable"/>[<paramref name="toColumn"/>] (one side, unique values).
    /// </summary>
    public ModelBuilder AddRelationship(string fromTable, string fromColumn, string toTable, string toColumn,
        bool isActive = true, CrossFilterDirection direction = CrossFilterDirection.Single)
    {
        _relationships.Add((fromTable, fromColumn, toTable, toColumn, isActive, direction));
        return this;
    }

    /// <summary>Adds a measure hosted by <paramref name="table"/>.</summary>
    public ModelBuilder AddMeasure(string table, string name, string expression, string? formatString = null)
    {
        _measures.Add((table, name, expression, formatString));
        return this;
    }

    /// <summary>Adds a calculation group table with one text column listing the items.</summary>
    public ModelBuilder AddCalculationGroup(string table, string column, IReadOnlyList<CalculationItem> items, int precedence = 0)
    {
        _groups.Add((table, column, precedence, items));
        return this;
    }

    /// <summary>
    /// Marks a table as the date table with its unique date column: a CALCULATE filter on that column
    /// then removes every other filter on the table, so time intelligence works under Year/Month filters.
    /// </summary>
    public ModelBuilder MarkAsDateTable(string table, string dateColumn)
    {
        _dateTables.Add((table, dateColumn));
        return this;
    }

    /// <summary>Adds a security role: table name → DAX row filter expression.</summary>
    public ModelBuilder AddRole(string name, IReadOnlyDictionary<string, string> tableFilters)
    {
        _roles.Add((name, tableFilters));
        return this;
    }

    /// <summary>Encodes the columns, indexes the relationships and returns the model, or the problems found.</summary>
    public ModelBuildResult Build()
    {
        var errors = new List<DaxDiagnostic>();
        var tables = new List<Table>();
        var byName = new Dictionary<string, Table>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, columns) in _tables) AddEncoded(name, columns, null);
        foreach (var g in _groups)
        {
            var names = g.Items.Select(i => (string?)i.Name).ToArray();
            var table = AddEncoded(g.Table, [ColumnData.String(g.Column, names)], g);
            if (table is null) continue;
            var group = new CalculationGroup(table, table.Columns[0], g.Precedence, g.Items);
            table.CalculationGroup = group;
        }

        var relationships = new List<Relationship>();
        var codeMaps = new List<int[]>();
        foreach (var r in _relationships)
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

        foreach (var (tableName, columnName) in _dateTables)
            if (FindColumn(tableName, columnName) is { } dateColumn) dateColumn.Table.DateColumn = dateColumn;
        // A one side keyed by a date column behaves as a date table even unmarked (SQLBI "Mark as date
        // table": filtering the date column of a relationship on a Date column removes the table's filters).
        foreach (var r in relationships.Where(r => r.ToColumn.DataType == DaxType.DateTime))
            r.ToTable.DateColumn ??= r.ToColumn;

        var measures = new List<Measure>();
        var measureNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in _measures)
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
        foreach (var (name, filters) in _roles)
        {
            var resolved = new Dictionary<Table, string>();
            foreach (var (tableName, expression) in filters)
                if (byName.TryGetValue(tableName, out var t)) resolved[t] = expression; else UnknownTable(tableName);
            roles.Add(new Role(name, resolved));
        }

        var groups = tables.Select(t => t.CalculationGroup).OfType<CalculationGroup>()
            .OrderByDescending(g => g.Precedence).ToList();
        return errors.Count > 0
            ? new ModelBuildResult(null, errors)
            : new ModelBuildResult(new SemanticModel(tables, relationships, measures, groups, roles), errors);

        Table? AddEncoded(string name, IReadOnlyList<ColumnData> columns, object? group)
        {
            if (byName.ContainsKey(name))
            {
                errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Table '{name}' is defined twice.", null));
                return null;
            }
            var rows = columns.Count == 0 ? 0 : columns[0].RowCount;
            if (columns.Any(c => c.RowCount != rows))
            {
                errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Table '{name}': columns have different row counts.", null));
                return null;
            }
            var table = new Table(name, rows, tables.Count);
            foreach (var data in columns)
            {
                if (table.FindColumn(data.Name) is not null)
                {
                    errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Column '{name}'[{data.Name}] is defined twice.", null));
                    continue;
                }
                table.Add(ColumnEncoder.Encode(table, data, table.Columns.Count));
            }
            tables.Add(table);
            byName[name] = table;
            return table;
        }

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

/// <summary>The outcome of <see cref="ModelBuilder.Build"/>: a model, or the errors that prevented it.</summary>
/// <param name="Model">The model when there were no errors.</param>
/// <param name="Errors">The problems found (empty on success).</param>
public sealed record ModelBuildResult(SemanticModel? Model, IReadOnlyList<DaxDiagnostic> Errors)
{
    /// <summary>True when the model was built.</summary>
    public bool IsSuccess => Model is not null;
}
