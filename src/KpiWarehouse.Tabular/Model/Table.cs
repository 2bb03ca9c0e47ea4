namespace KpiWarehouse.Tabular.Model;

/// <summary>A table with its columns, measures, hierarchies and partitions (a calculation group is a table too).</summary>
public sealed class Table
{
    public required string Name { get; init; }

    public string? Description { get; set; }

    public bool IsHidden { get; set; }

    public required string LineageTag { get; init; }

    /// <summary>"Time" marks the date table (together with a key column of type dateTime).</summary>
    public string? DataCategory { get; set; }

    public List<Column> Columns { get; } = [];

    public List<Measure> Measures { get; } = [];

    public List<Hierarchy> Hierarchies { get; } = [];

    public List<Partition> Partitions { get; } = [];

    /// <summary>Set when the table is a calculation group.</summary>
    public CalculationGroup? CalculationGroup { get; set; }

    /// <summary>Set when the table is refreshed incrementally.</summary>
    public RefreshPolicy? RefreshPolicy { get; set; }

    /// <summary>The column named <paramref name="name"/>, or null.</summary>
    public Column? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>The data types the model uses; money is <see cref="Decimal"/> (fixed decimal), never floating point.</summary>
public enum DataType
{
    String,
    Int64,
    Decimal,
    Double,
    DateTime,
    Boolean,
}

/// <summary>How report tools aggregate a column by default.</summary>
public enum SummarizeBy
{
    None,
    Sum,
}

/// <summary>A column bound to a source column of the table's partitions.</summary>
public sealed class Column
{
    public required string Name { get; init; }

    public required DataType DataType { get; init; }

    /// <summary>The physical column the partition query returns.</summary>
    public required string SourceColumn { get; init; }

    public required string LineageTag { get; init; }

    public string? Description { get; set; }

    public bool IsHidden { get; set; }

    /// <summary>The column identifies the row (the date table's date).</summary>
    public bool IsKey { get; set; }

    public string? FormatString { get; set; }

    public SummarizeBy SummarizeBy { get; set; } = SummarizeBy.None;

    public string? SortByColumn { get; set; }

    public string? DisplayFolder { get; set; }
}

/// <summary>A DAX measure, optionally carrying a KPI object.</summary>
public sealed class Measure
{
    public required string Name { get; init; }

    public required string Expression { get; init; }

    public required string LineageTag { get; init; }

    public string? Description { get; set; }

    public string? FormatString { get; set; }

    public string? DisplayFolder { get; set; }

    public bool IsHidden { get; set; }

    public Kpi? Kpi { get; set; }
}

/// <summary>A KPI object: a target and a status (-1 below, 0 near, 1 on target) shown as a graphic.</summary>
public sealed class Kpi
{
    public required string TargetExpression { get; init; }

    public required string StatusExpression { get; init; }

    public string StatusGraphic { get; init; } = "Traffic Light - Single";

    public string? TargetDescription { get; init; }

    public string? TargetFormatString { get; init; }
}
