using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// A column of the in-memory store. Every column is dictionary-encoded as VertiPaq does: a sorted
/// dictionary of its distinct values (entry 0 is always BLANK, whether or not a row holds it) and
/// one int code per row. Codes preserve value order, so filters are code bitsets, DISTINCT is the
/// dictionary and MIN/MAX are the lowest and highest codes present.
/// </summary>
public sealed class Column
{
    private Column(Table table, Column source)
    {
        Table = table;
        Name = source.Name;
        DataType = source.DataType;
        Ordinal = source.Ordinal;
        Dictionary = source.Dictionary;
        Codes = source.Codes;
        Numbers = source.Numbers;
        ScaledCurrency = source.ScaledCurrency;
    }

    internal Column(Table table, string name, DaxType type, int ordinal, DaxValue[] dictionary, int[] codes)
    {
        Table = table;
        Name = name;
        DataType = type;
        Ordinal = ordinal;
        Dictionary = dictionary;
        Codes = codes;
        Numbers = new double[dictionary.Length];
        ScaledCurrency = type == DaxType.Currency ? new long[dictionary.Length] : [];
        for (var i = 0; i < dictionary.Length; i++)
        {
            if (dictionary[i].Type is DaxType.String) continue;
            Numbers[i] = dictionary[i].AsDouble();
            if (type == DaxType.Currency) ScaledCurrency[i] = dictionary[i].CurrencyScaled;
        }
    }

    /// <summary>The table the column belongs to.</summary>
    public Table Table { get; }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>The column's DAX type.</summary>
    public DaxType DataType { get; }

    /// <summary>Position of the column in its table.</summary>
    public int Ordinal { get; }

    /// <summary>Sorted distinct values; entry 0 is BLANK.</summary>
    internal DaxValue[] Dictionary { get; }

    /// <summary>One dictionary code per row, including the table's blank row when it has one.</summary>
    internal int[] Codes { get; private set; }

    /// <summary>Each dictionary entry as a double (BLANK = 0), for fast numeric aggregation.</summary>
    internal double[] Numbers { get; }

    /// <summary>Each dictionary entry's scaled currency value, for exact currency sums.</summary>
    internal long[] ScaledCurrency { get; }

    /// <summary>The value at a row.</summary>
    public DaxValue ValueAt(int row) => Dictionary[Codes[row]];

    /// <summary>The fully qualified name, <c>'Table'[Column]</c>.</summary>
    public string QualifiedName => $"'{Table.Name}'[{Name}]";

    /// <summary>The code of a value in the dictionary, or -1 when no row holds it.</summary>
    internal int CodeOf(DaxValue value)
    {
        int lo = 0, hi = Dictionary.Length - 1;
        if (value.IsBlank) return 0;
        lo = 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = DaxValue.SortCompare(Dictionary[mid], value);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The same column, sharing its data, in a copy of its table.</summary>
    internal Column CopyTo(Table table) => new(table, this);

    internal void AppendBlankRow()
    {
        var codes = new int[Codes.Length + 1];
        Codes.CopyTo(codes, 0);
        Codes = codes;
    }

    /// <inheritdoc />
    public override string ToString() => QualifiedName;
}
