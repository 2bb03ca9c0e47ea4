using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// One column's values as handed to <see cref="ModelBuilder.AddTable"/>: a name, a DAX type and one
/// value per row (null = BLANK). Create it with the typed factories; the lists are read once while
/// the model is built and never kept.
/// </summary>
public sealed class ColumnData
{
    private ColumnData(string name, DaxType type, int rowCount, object source)
    {
        Name = name;
        Type = type;
        RowCount = rowCount;
        Source = source;
    }

    /// <summary>The column's name in the model (e.g. <c>Year Month</c>).</summary>
    public string Name { get; }

    /// <summary>The column's DAX type.</summary>
    public DaxType Type { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The typed list given to the factory (read by <see cref="ColumnEncoder"/>).</summary>
    internal object Source { get; }

    /// <summary>A whole-number column (Int64).</summary>
    public static ColumnData Integer(string name, IReadOnlyList<long?> values) => new(name, DaxType.Integer, values.Count, values);

    /// <summary>A whole-number column from 32-bit values.</summary>
    public static ColumnData Integer(string name, IReadOnlyList<int?> values) =>
        new(name, DaxType.Integer, values.Count, new Projected<int?, long?>(values, v => v));

    /// <summary>A fixed decimal (currency) column; values are rounded half away from zero to four decimal places.</summary>
    public static ColumnData Currency(string name, IReadOnlyList<decimal?> values) =>
        new(name, DaxType.Currency, values.Count, new Projected<decimal?, long?>(values,
            v => v is { } d ? DaxValue.FromCurrency(d).CurrencyScaled : null));

    /// <summary>A floating point column ("Decimal number" in Power BI).</summary>
    public static ColumnData Double(string name, IReadOnlyList<double?> values) => new(name, DaxType.Double, values.Count, values);

    /// <summary>A date column (DAX DateTime at midnight).</summary>
    public static ColumnData Date(string name, IReadOnlyList<DateOnly?> values) =>
        new(name, DaxType.DateTime, values.Count, new Projected<DateOnly?, double?>(values, v => v is { } d ? DaxDate.ToSerial(d) : null));

    /// <summary>A date and time column.</summary>
    public static ColumnData DateTime(string name, IReadOnlyList<DateTime?> values) =>
        new(name, DaxType.DateTime, values.Count, new Projected<DateTime?, double?>(values, v => v?.ToOADate()));

    /// <summary>A TRUE/FALSE column.</summary>
    public static ColumnData Boolean(string name, IReadOnlyList<bool?> values) =>
        new(name, DaxType.Boolean, values.Count, new Projected<bool?, long?>(values, v => v is { } b ? (b ? 1 : 0) : null));

    /// <summary>A text column (null = BLANK; the empty string stays an empty string).</summary>
    public static ColumnData String(string name, IReadOnlyList<string?> values) => new(name, DaxType.String, values.Count, values);

    /// <summary>A column of already-built DAX values, all of <paramref name="type"/> or BLANK.</summary>
    public static ColumnData FromValues(string name, DaxType type, IReadOnlyList<DaxValue> values) => new(name, type, values.Count, values);

    private sealed class Projected<TIn, TOut>(IReadOnlyList<TIn> source, Func<TIn, TOut> map) : IReadOnlyList<TOut>
    {
        public TOut this[int index] => map(source[index]);

        public int Count => source.Count;

        public IEnumerator<TOut> GetEnumerator() => source.Select(map).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
