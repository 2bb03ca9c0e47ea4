using System.Numerics;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>A fixed-size set of row (or dictionary code) indexes; the unit of every filter and scan.</summary>
internal sealed class BitSet
{
    private readonly ulong[] _words;

    public BitSet(int length, bool allSet = false)
    {
        Length = length;
        _words = new ulong[(length + 63) >> 6];
        if (allSet) SetAll();
    }

    private BitSet(int length, ulong[] words)
    {
        Length = length;
        _words = words;
    }

    public int Length { get; }

    public bool this[int index]
    {
        get => (_words[index >> 6] & (1UL << index)) != 0;
        set
        {
            if (value) _words[index >> 6] |= 1UL << index;
            else _words[index >> 6] &= ~(1UL << index);
        }
    }

    public void SetAll()
    {
        Array.Fill(_words, ulong.MaxValue);
        var extra = _words.Length * 64 - Length;
        if (extra > 0) _words[^1] >>= extra;
    }

    public BitSet Clone() => new(Length, (ulong[])_words.Clone());

    public void And(BitSet other)
    {
        for (var i = 0; i < _words.Length; i++) _words[i] &= other._words[i];
    }

    public void Or(BitSet other)
    {
        for (var i = 0; i < _words.Length; i++) _words[i] |= other._words[i];
    }

    public int Count()
    {
        var n = 0;
        foreach (var w in _words) n += BitOperations.PopCount(w);
        return n;
    }

    public bool IsEmpty()
    {
        foreach (var w in _words) if (w != 0) return false;
        return true;
    }

    public bool IsFull() => Count() == Length;

    /// <summary>The first set index at or after <paramref name="from"/>, or -1.</summary>
    public int Next(int from)
    {
        if (from >= Length) return -1;
        var wi = from >> 6;
        var w = _words[wi] & (ulong.MaxValue << (from & 63));
        while (true)
        {
            if (w != 0) return (wi << 6) + BitOperations.TrailingZeroCount(w);
            if (++wi >= _words.Length) return -1;
            w = _words[wi];
        }
    }

    public int[] ToArray()
    {
        var result = new int[Count()];
        var k = 0;
        for (var i = Next(0); i >= 0; i = Next(i + 1)) result[k++] = i;
        return result;
    }

    public bool SameAs(BitSet other) => Length == other.Length && _words.AsSpan().SequenceEqual(other._words);

    public int Hash()
    {
        var h = new HashCode();
        h.Add(Length);
        foreach (var w in _words) h.Add(w);
        return h.ToHashCode();
    }
}
