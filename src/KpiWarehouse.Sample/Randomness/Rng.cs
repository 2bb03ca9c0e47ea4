namespace KpiWarehouse.Sample.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64. The generator owns its algorithm so the same seed gives the same
/// data on every runtime and platform (System.Random's algorithm is not a contract). Only integer
/// arithmetic and exact double operations are used, no transcendental functions.
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(long seed)
    {
        var x = (ulong)seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong Next()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A whole number in [0, n); n must be positive.</summary>
    public int Below(int n) => (int)(((Next() >> 32) * (ulong)n) >> 32);

    /// <summary>A whole number in [low, high], both inclusive.</summary>
    public int Between(int low, int high) => high <= low ? low : low + Below(high - low + 1);

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(T[] items) => items[Below(items.Length)];

    /// <summary>An index drawn with the given cumulative weights (ascending, the last is the total).</summary>
    public int Weighted(double[] cumulative)
    {
        var u = Unit() * cumulative[^1];
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
                return i;
        }
        return cumulative.Length - 1;
    }

    /// <summary>A skewed positive value in [low, high): small values are frequent, large ones rare.</summary>
    public int Skewed(int low, int high)
    {
        var u = Unit();
        return low + (int)((high - low) * u * u);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Cumulative sums of <paramref name="weights"/>, for <see cref="Weighted"/>.</summary>
    public static double[] Cumulative(params double[] weights)
    {
        var result = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
            result[i] = sum += weights[i];
        return result;
    }
}
