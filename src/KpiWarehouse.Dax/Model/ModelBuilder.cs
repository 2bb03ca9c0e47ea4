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
    private readonly ModelSpec _spec = new();

    /// <summary>Adds a table; all columns must have the same number of rows.</summary>
    public ModelBuilder AddTable(string name, IReadOnlyList<ColumnData> columns)
    {
        _tables.Add((name, columns));
        return this;
    }

    /// <summary>
    /// Adds a calculated column: <paramref name="expression"/> is evaluated for each row of
    /// <paramref name="table"/> in a row context on it, after the columns and tables it refers to.
    /// Its type is inferred from the values unless <paramref name="dataType"/> is given (then the
    /// values are converted to it). Relationships, filters and other calculated objects may use it.
    /// </summary>
    public ModelBuilder AddCalculatedColumn(string table, string name, string expression, DaxType? dataType = null)
    {
        _spec.Calculated.Add(new CalculatedSpec(table, name, expression, dataType));
        return this;
    }

    /// <summary>Adds a calculated table: the rows of the table expression, evaluated with no filter.</summary>
    public ModelBuilder AddCalculatedTable(string name, string expression)
    {
        _spec.Calculated.Add(new CalculatedSpec(name, null, expression, null));
        return this;
    }

    /// <summary>
    /// Adds a many-to-one relationship from <paramref name="fromTable"/>[<paramref name="fromColumn"/>]
    /// (many side) to <paramref name="toTable"/>[<paramref name="toColumn"/>] (one side, unique values).
    /// </summary>
    public ModelBuilder AddRelationship(string fromTable, string fromColumn, string toTable, string toColumn,
        bool isActive = true, CrossFilterDirection direction = CrossFilterDirection.Single)
    {
        _spec.Relationships.Add(new(fromTable, fromColumn, toTable, toColumn, isActive, direction));
        return this;
    }

    /// <summary>Adds a measure hosted by <paramref name="table"/>.</summary>
    public ModelBuilder AddMeasure(string table, string name, string expression, string? formatString = null)
    {
        _spec.Measures.Add(new(table, name, expression, formatString));
        return this;
    }

    /// <summary>
    /// Adds a calculation group table with one text column listing the items, and optionally the
    /// expressions a measure evaluates when several or no items are selected
    /// (<paramref name="multipleOrEmptySelection"/>) or when the group is not filtered (<paramref name="noSelection"/>).
    /// </summary>
    public ModelBuilder AddCalculationGroup(string table, string column, IReadOnlyList<CalculationItem> items, int precedence = 0,
        CalculationItem? multipleOrEmptySelection = null, CalculationItem? noSelection = null)
    {
        _spec.Groups.Add(new(table, column, precedence, items, new SelectionExpressions(multipleOrEmptySelection, noSelection)));
        return this;
    }

    /// <summary>
    /// Marks a table as the date table with its unique date column: a CALCULATE filter on that column
    /// then removes every other filter on the table, so time intelligence works under Year/Month filters.
    /// </summary>
    public ModelBuilder MarkAsDateTable(string table, string dateColumn)
    {
        _spec.DateTables.Add((table, dateColumn));
        return this;
    }

    /// <summary>Adds a security role: table name → DAX row filter expression.</summary>
    public ModelBuilder AddRole(string name, IReadOnlyDictionary<string, string> tableFilters)
    {
        _spec.Roles.Add((name, tableFilters));
        return this;
    }

    /// <summary>
    /// Encodes the columns, computes the calculated tables and columns (in dependency order), indexes
    /// the relationships and returns the model, or the problems found.
    /// </summary>
    public ModelBuildResult Build()
    {
        var errors = new List<DaxDiagnostic>();
        var tables = new List<Table>();
        var spec = _spec.Copy();
        foreach (var (name, columns) in _tables) TableEncoder.Add(tables, name, columns, errors);
        foreach (var g in spec.Groups)
            TableEncoder.Add(tables, g.Table, [ColumnData.String(g.Column, g.Items.Select(i => (string?)i.Name).ToArray())], errors);
        if (spec.Calculated.Count > 0 && errors.Count == 0)
            CalculatedObjects.Materialize(tables, spec, spec.Calculated, null, errors);
        var model = ModelAssembler.Assemble(tables, spec, errors);
        return errors.Count > 0 ? new ModelBuildResult(null, errors) : new ModelBuildResult(model, errors);
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
