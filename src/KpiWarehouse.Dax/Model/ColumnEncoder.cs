using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// Dictionary-encodes one column: distinct values sorted in DAX order, BLANK at code 0. Numbers,
/// dates and text are hashed and sorted by their primitive form (no per-row DaxValue work).
/// </summary>
internal static class ColumnEncoder
{
    public static Column Encode(Table table, ColumnData data, int ordinal)
    {
        var codes = new int[data.RowCount];
        var dictionary = data.Source switch
        {
            IReadOnlyList<long?> longs => Encode(longs, codes, Comparer<long>.Default, EqualityComparer<long>.Default,
                v => data.Type switch
                {
                    DaxType.Currency => DaxValue.FromCurrencyScaled(v),
                    DaxType.Boolean => DaxValue.FromBoolean(v != 0),
                    _ => DaxValue.FromInteger(v),
                }),
            IReadOnlyList<double?> doubles => Encode(doubles, codes, Comparer<double>.Default, EqualityComparer<double>.Default,
                v => data.Type == DaxType.DateTime ? DaxValue.FromSerialDate(v) : DaxValue.FromDouble(v)),
            IReadOnlyList<string?> texts => EncodeText(texts, codes),
            IReadOnlyList<DaxValue> values => EncodeValues(values, codes),
            _ => throw new InvalidOperationException("Unknown column source."),
        };
        return new Column(table, data.Name, data.Type, ordinal, dictionary, codes);
    }

    private static DaxValue[] Encode<T>(IReadOnlyList<T?> source, int[] codes, IComparer<T> order, IEqualityComparer<T> equality, Func<T, DaxValue> toValue)
        where T : struct
    {
        var keys = AssignCodes(codes, equality, (int r, out T v) =>
        {
            v = source[r].GetValueOrDefault();
            return source[r].HasValue;
        });
        return Finish(keys, codes, order, toValue);
    }

    private static DaxValue[] EncodeText(IReadOnlyList<string?> source, int[] codes)
    {
        // Text is case-insensitive in DAX: "abc" and "ABC" are one value (the first spelling seen).
        var keys = AssignCodes(codes, StringComparer.OrdinalIgnoreCase, (int r, out string v) =>
        {
            v = source[r] ?? "";
            return source[r] is not null;
        });
        return Finish(keys, codes, StringComparer.OrdinalIgnoreCase, DaxValue.FromString);
    }

    private delegate bool ValueAt<T>(int row, out T value);

    /// <summary>Numbers the distinct values 1, 2, … in order of first appearance (0 = BLANK) into <paramref name="codes"/>.</summary>
    private static T[] AssignCodes<T>(int[] codes, IEqualityComparer<T> equality, ValueAt<T> valueAt) where T : notnull
    {
        var distinct = new Dictionary<T, int>(equality);
        var keys = new List<T>();
        for (var r = 0; r < codes.Length; r++)
        {
            if (!valueAt(r, out var v)) continue;
            if (!distinct.TryGetValue(v, out var code))
            {
                code = keys.Count + 1;
                distinct.Add(v, code);
                keys.Add(v);
            }
            codes[r] = code;
        }
        return keys.ToArray();
    }

    private static DaxValue[] EncodeValues(IReadOnlyList<DaxValue> source, int[] codes)
    {
        var keys = AssignCodes(codes, EqualityComparer<DaxValue>.Default, (int r, out DaxValue v) =>
        {
            v = source[r];
            return !v.IsBlank;
        });
        return Finish(keys, codes, Comparer<DaxValue>.Create(DaxValue.SortCompare), v => v);
    }

    private static DaxValue[] Finish<T>(T[] keys, int[] codes, IComparer<T> order, Func<T, DaxValue> toValue)
    {
        var firstCode = new int[keys.Length];
        for (var i = 0; i < firstCode.Length; i++) firstCode[i] = i + 1;
        Array.Sort(keys, firstCode, order);
        var remap = new int[keys.Length + 1];
        var dictionary = new DaxValue[keys.Length + 1];
        for (var i = 0; i < keys.Length; i++)
        {
            remap[firstCode[i]] = i + 1;
            dictionary[i + 1] = toValue(keys[i]);
        }
        for (var r = 0; r < codes.Length; r++) codes[r] = remap[codes[r]];
        return dictionary;
    }
}
