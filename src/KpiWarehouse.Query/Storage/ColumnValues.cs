namespace KpiWarehouse.Query.Storage;

/// <summary>
/// One column of a table read from Parquet: a typed array of <see cref="RowCount"/> values and a null mask.
/// Only the typed array of <see cref="Kind"/> is set; a NULL cell holds the type's default value.
/// </summary>
public sealed class ColumnValues
{
    private readonly Array _data;

    private ColumnValues(string name, ColumnKind kind, Array data)
    {
        Name = name;
        Kind = kind;
        _data = data;
        RowCount = data.Length;
        IsNull = new bool[data.Length];
    }

    /// <summary>The physical column name.</summary>
    public string Name { get; }

    /// <summary>Which typed array holds the values.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>True where the cell is NULL.</summary>
    public bool[] IsNull { get; }

    /// <summary>Values of an <see cref="ColumnKind.Int64"/> column.</summary>
    public long[]? Int64s => _data as long[];

    /// <summary>Values of a <see cref="ColumnKind.Double"/> column.</summary>
    public double[]? Doubles => _data as double[];

    /// <summary>Values of a <see cref="ColumnKind.Decimal"/> column.</summary>
    public decimal[]? Decimals => _data as decimal[];

    /// <summary>Values of a <see cref="ColumnKind.Date"/> column.</summary>
    public DateOnly[]? Dates => _data as DateOnly[];

    /// <summary>Values of a <see cref="ColumnKind.DateTime"/> column.</summary>
    public DateTime[]? DateTimes => _data as DateTime[];

    /// <summary>Values of a <see cref="ColumnKind.Boolean"/> column.</summary>
    public bool[]? Booleans => _data as bool[];

    /// <summary>Values of a <see cref="ColumnKind.String"/> column (null where NULL).</summary>
    public string?[]? Strings => _data as string?[];

    /// <summary>An empty column of <paramref name="kind"/> with room for <paramref name="rowCount"/> rows.</summary>
    public static ColumnValues Allocate(string name, ColumnKind kind, int rowCount) => new(name, kind, kind switch
    {
        ColumnKind.Int64 => new long[rowCount],
        ColumnKind.Double => new double[rowCount],
        ColumnKind.Decimal => new decimal[rowCount],
        ColumnKind.Date => new DateOnly[rowCount],
        ColumnKind.DateTime => new DateTime[rowCount],
        ColumnKind.Boolean => new bool[rowCount],
        ColumnKind.String => new string?[rowCount],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    /// <summary>Copies every row into <paramref name="target"/> (same kind) starting at row <paramref name="offset"/>.</summary>
    internal void CopyTo(ColumnValues target, int offset)
    {
        Array.Copy(IsNull, 0, target.IsNull, offset, RowCount);
        Array.Copy(_data, 0, target._data, offset, RowCount);
    }

    /// <summary>The cell at <paramref name="row"/> boxed (null for NULL); for tests and diagnostics, not scans.</summary>
    public object? Get(int row) => IsNull[row] ? null : _data.GetValue(row);
}
