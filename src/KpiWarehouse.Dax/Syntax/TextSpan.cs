namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// Where a token or node sits in the source text: a zero-based UTF-16 offset and length, and the
/// one-based line and column of its first character (a tab counts as one column; lines end at
/// <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>).
/// </summary>
public readonly record struct TextSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) =>
        new(first.Start, Math.Max(first.End, last.End) - first.Start, first.Line, first.Column);

    /// <summary><c>line L, column C</c>, as diagnostics show it.</summary>
    public override string ToString() => $"line {Line}, column {Column}";
}
