using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>Dictionary-encodes one column: distinct values sorted in DAX order, BLANK at code 0.</summary>
internal static class ColumnEncoder
{
    public static Column Encode(Table table, ColumnData data, int ordinal)
    {
        var rows = data.RowCount;
        var firstCodes = new int[rows];
        var distinct = new Dictionary<DaxValue, int> { [DaxValue.Blank] = 0 };
        var values = new List<DaxValue> { DaxValue.Blank };
        for (var r = 0; r < rows; r++)
        {
            var v = data.ValueAt(r);
            if (!distinct.TryGetValue(v, out var code))
            {
                code = values.Count;
                distinct.Add(v, code);
                values.Add(v);
            }
            firstCodes[r] = code;
        }
        var order = Enumerable.Range(1, values.Count - 1).ToArray();
        Array.Sort(order, (a, b) => DaxValue.SortCompare(values[a], values[b]));
        var remap = new int[values.Count];
        var dictionary = new DaxValue[values.Count];
        for (var i = 0; i < order.Length; i++)
        {
            remap[order[i]] = i + 1;
            dictionary[i + 1] = values[order[i]];
        }
        for (var r = 0; r < rows; r++) firstCodes[r] = remap[firstCodes[r]];
        return new Column(table, data.Name, data.Type, ordinal, dictionary, firstCodes);
    }
}
