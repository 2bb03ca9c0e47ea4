using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Reference.Engine;

/// <summary>The members of one dimension: a number per natural key and the attributes a filter may name.</summary>
internal sealed class MemberTable
{
    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<string, Func<int, string?>> _attributes;

    public MemberTable(Dimension dimension, IReadOnlyList<string> keys, Dictionary<string, Func<int, string?>> attributes)
    {
        Dimension = dimension;
        Count = keys.Count;
        _byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
            _byKey.TryAdd(keys[i], i);
        _attributes = attributes;
    }

    public Dimension Dimension { get; }

    public int Count { get; }

    public IEnumerable<string> AttributeNames => _attributes.Keys;

    /// <summary>The getter of an attribute (the model's display name); an unknown name is a caller's bug.</summary>
    public Func<int, string?> Attribute(string name) => _attributes.TryGetValue(name, out var attribute) ? attribute
        : throw new ArgumentException($"'{Dimension}' has no attribute [{name}]; known: {string.Join(", ", _attributes.Keys)}", nameof(name));

    /// <summary>The member number of a natural key, or -1 for an empty or unknown key.</summary>
    public int Find(string? key) => key is not null && _byKey.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Which members pass every filter of this dimension (the filters intersect).</summary>
    public bool[] Mask(IEnumerable<MemberFilter> filters)
    {
        var mask = Enumerable.Repeat(true, Count).ToArray();
        foreach (var filter in filters)
        {
            var attribute = Attribute(filter.Attribute);
            var values = filter.Values.ToHashSet();
            for (var i = 0; i < Count; i++)
                mask[i] &= values.Contains(attribute(i));
        }
        return mask;
    }
}
