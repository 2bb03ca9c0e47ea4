namespace KpiWarehouse.Query.Model;

/// <summary>A table of the model.</summary>
/// <param name="Source">Where the table's rows are in the warehouse, when the model says (see <see cref="TableSource"/>).</param>
/// <param name="CalculatedExpression">For a calculated table, its DAX expression.</param>
/// <param name="Partitions">The partitions as written: the hook for hosts that map sources their own way.</param>
/// <param name="Annotations">The table's annotations, name → value.</param>
public sealed record ModelTable(
    string Name,
    bool IsHidden,
    string? DataCategory,
    IReadOnlyList<ModelColumn> Columns,
    IReadOnlyList<ModelMeasure> Measures,
    IReadOnlyList<ModelPartition> Partitions,
    TableSource? Source,
    DaxFormula? CalculatedExpression,
    CalculationGroup? CalculationGroup,
    IReadOnlyDictionary<string, string> Annotations)
{
    /// <summary>The column named <paramref name="name"/>, or null.</summary>
    public ModelColumn? FindColumn(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <c>dataCategory</c> is <c>Time</c>: the table is marked as the date table.</summary>
    public bool IsDateTable => string.Equals(DataCategory, "Time", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A column of a table.</summary>
/// <param name="SourceColumn">The column of the source (the Parquet column) for a data column; null otherwise.</param>
/// <param name="Expression">The DAX expression of a calculated column.</param>
public sealed record ModelColumn(
    string Name,
    ModelDataType DataType,
    ColumnKind Kind,
    string? SourceColumn,
    bool IsHidden,
    bool IsKey,
    string? SortByColumn,
    string? FormatString,
    DaxFormula? Expression);

/// <summary>The TMSL <c>dataType</c> of a column.</summary>
public enum ModelDataType
{
    Automatic,
    String,
    Int64,
    Double,
    DateTime,
    Decimal,
    Boolean,
    Binary,
    Variant,
    Unknown,
}

/// <summary>The TMSL column <c>type</c>.</summary>
public enum ColumnKind
{
    /// <summary>Read from the source (<c>data</c>, the default).</summary>
    Data,
    /// <summary>Computed by a DAX expression per row (<c>calculated</c>).</summary>
    Calculated,
    /// <summary>A column of a calculated table (<c>calculatedTableColumn</c>).</summary>
    CalculatedTableColumn,
    /// <summary>The engine's hidden row number (<c>rowNumber</c>).</summary>
    RowNumber,
}

/// <summary>A partition as written: its source type (<c>m</c>, <c>calculated</c>, <c>calculationGroup</c>, …) and expression.</summary>
public sealed record ModelPartition(string Name, string SourceType, string? Expression);
