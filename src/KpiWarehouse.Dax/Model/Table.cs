namespace KpiWarehouse.Dax.Model;

/// <summary>
/// A table of the model. Besides its <see cref="RowCount"/> real rows it may have one extra blank
/// row (index <see cref="RowCount"/>), present when a relationship to it has many-side keys that
/// match no row: those facts then belong to the blank row, as in VertiPaq.
/// </summary>
public sealed class Table
{
    private readonly Dictionary<string, Column> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Column> _columns = [];

    internal Table(string name, int rowCount, int ordinal)
    {
        Name = name;
        RowCount = rowCount;
        Ordinal = ordinal;
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Number of real rows (without the blank row).</summary>
    public int RowCount { get; }

    /// <summary>Position of the table in the model.</summary>
    public int Ordinal { get; }

    /// <summary>True when the table has the extra blank row.</summary>
    public bool HasBlankRow { get; private set; }

    /// <summary>Rows including the blank row.</summary>
    public int TotalRows => RowCount + (HasBlankRow ? 1 : 0);

    /// <summary>The columns in model order.</summary>
    public IReadOnlyList<Column> Columns => _columns;

    /// <summary>The date column when the table is marked as a date table, else null.</summary>
    public Column? DateColumn { get; internal set; }

    /// <summary>The calculation group this table holds, if it is one.</summary>
    public CalculationGroup? CalculationGroup { get; internal set; }

    /// <summary>The column of that name (case-insensitive), or null.</summary>
    public Column? FindColumn(string name) => _byName.GetValueOrDefault(name);

    internal void Add(Column column)
    {
        _columns.Add(column);
        _byName[column.Name] = column;
    }

    /// <summary>For a copy whose columns already hold the blank row's codes.</summary>
    internal void MarkBlankRow() => HasBlankRow = true;

    internal void AddBlankRow()
    {
        if (HasBlankRow) return;
        HasBlankRow = true;
        foreach (var c in _columns) c.AppendBlankRow();
    }

    /// <inheritdoc />
    public override string ToString() => $"'{Name}'";
}
