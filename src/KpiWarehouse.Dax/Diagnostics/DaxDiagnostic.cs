using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Diagnostics;

/// <summary>
/// A user error in DAX text as a value: a stable code from <see cref="DaxDiagnostics"/> (listed in
/// docs/dax-language.md), a one-line message, and where it is when known.
/// </summary>
public sealed record DaxDiagnostic(string Code, string Message, TextSpan? Span)
{
    /// <summary>The one-based line, when the diagnostic has a position.</summary>
    public int? Line => Span?.Line;

    /// <summary>The one-based column, when the diagnostic has a position.</summary>
    public int? Column => Span?.Column;

    /// <summary><c>DAX0003: line 2, column 14: expected ')' …</c></summary>
    public override string ToString() => Span is { } span ? $"{Code}: {span}: {Message}" : $"{Code}: {Message}";
}
