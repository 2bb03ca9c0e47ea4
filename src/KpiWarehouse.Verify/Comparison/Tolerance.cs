namespace KpiWarehouse.Verify.Comparison;

/// <summary>
/// When a DAX value equals the reference (docs/verify.md, "Tolerance"): BLANK equals only BLANK (0 is not BLANK);
/// numbers are equal when |a − b| ≤ 1e-9 × max(1, |a|, |b|), i.e. 1e-9 relative, or 1e-9 absolute near zero.
/// A value that is not a number (text, a date, NaN, ∞) never equals a reference number.
/// </summary>
public static class Tolerance
{
    /// <summary>The relative (and, near zero, absolute) tolerance.</summary>
    public const double Epsilon = 1e-9;

    /// <summary>
    /// Compares a DAX value (or another side's, named by <paramref name="side"/> in the reason, e.g. <c>SQL</c>) with
    /// the reference value; <see cref="Verdict.Reason"/> says why they differ.
    /// </summary>
    public static Verdict Compare(object? dax, decimal? reference, string side = "DAX")
    {
        if (dax is null)
            return reference is null ? Verdict.Equal : new Verdict(false, $"{side} is BLANK, the reference is a number");
        if (reference is null)
            return new Verdict(false, $"{side} is a number, the reference is BLANK");
        if (DaxValues.AsDouble(dax) is not { } a)
            return new Verdict(false, $"{side} returned a {DaxValues.Describe(dax)}, not a number");
        if (double.IsNaN(a) || double.IsInfinity(a))
            return new Verdict(false, $"{side} returned NaN or infinity");
        var b = (double)reference.Value;
        var scale = Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
        return Math.Abs(a - b) <= Epsilon * scale ? Verdict.Equal : new Verdict(false, "the values differ");
    }
}

/// <summary>The outcome of one comparison.</summary>
public sealed record Verdict(bool IsEqual, string? Reason)
{
    /// <summary>Equal.</summary>
    public static Verdict Equal { get; } = new(true, null);
}
