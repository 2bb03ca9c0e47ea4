using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// One column's values as handed to <see cref="ModelBuilder.AddTable"/>: a name, a DAX type and one
/// value per row (null = BLANK). Create it with the typed factories; the arrays are read once and
/// encoded, never kept.
/// </summary>
public sealed class ColumnData
{
    private ColumnData(string name, DaxType type, int rowCount, Func<int, DaxValue> valueAt)
    {
        Name = name;
        Type = type;
        RowCount = rowCount;
        ValueAt = valueAt;
    }

    /// <summary>The column's name in the model (e.g. <c>Year Month</c>).</summary>
    public string Name { get; }

    /// <summary>The column's DAX type.</summary>
    public DaxType Type { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    internal Func<int, DaxValue> ValueAt { get; }

    /// <summary>A whole-number column (Int64).</summary>
    public static ColumnData Integer(string name, IReadOnlyList<long?> values) =>
        new(name, DaxType.Integer, values.Count, i => values[i] is { } v ? DaxValue.FromInteger(v) : DaxValue.Blank);

    /// <summary>A whole-number column from 32-bit values.</summary>
    public static ColumnData Integer(string name, IReadOnlyList<int?> values) =>
        new(name, DaxType.Integer, values.Count, i => values[i] is { } v ? DaxValue.FromInteger(v) : DaxValue.Blank);

    /// <summary>A fixed decimal (currency) column; values are rounded to four decimal places.</summary>
    public static ColumnData Currency(string name, IReadOnlyList<decimal?> values) =>
        new(name, DaxType.Currency, values.Count, i => values[i] is { } v ? DaxValue.FromCurrency(v) : DaxValue.Blank);

    /// <summary>A floating point column ("Decimal number" in Power BI).</summary>
    public static ColumnData Double(string name, IReadOnlyList<double?> values) =>
        new(name, DaxType.Double, values.Count, i => values[i] is { } v ? DaxValue.FromDouble(v) : DaxValue.Blank);

    /// <summary>A date column (DAX DateTime at midnight).</summary>
    public static ColumnData Date(string name, IReadOnlyList<DateOnly?> values) =>
        new(name, DaxType.DateTime, values.Count, i => values[i] is { } v ? DaxValue.FromDate(v) : DaxValue.Blank);

    /// <summary>A date and time column.</summary>
    public static ColumnData DateTime(string name, IReadOnlyList<DateTime?> values) =>
        new(name, DaxType.DateTime, values.Count, i => values[i] is { } v ? DaxValue.FromDateTime(v) : DaxValue.Blank);

    /// <summary>A TRUE/FALSE column.</summary>
    public static ColumnData Boolean(string name, IReadOnlyList<bool?> values) =>
        new(name, DaxType.Boolean, values.Count, i => values[i] is { } v ? DaxValue.FromBoolean(v) : DaxValue.Blank);

    /// <summary>A text column (null = BLANK; the empty string stays an empty string).</summary>
    public static ColumnData String(string name, IReadOnlyList<string?> values) =>
        new(name, DaxType.String, values.Count, i => DaxValue.FromString(values[i]));

    /// <summary>A column of already-built DAX values, all of <paramref name="type"/> or BLANK.</summary>
    public static ColumnData FromValues(string name, DaxType type, IReadOnlyList<DaxValue> values) =>
        new(name, type, values.Count, i => values[i]);
}
