namespace KpiWarehouse.Contract.Raw;

/// <summary>One column of a canonical raw file and the rules a value must pass.</summary>
/// <param name="Name">The header name (matched case-insensitively).</param>
/// <param name="Type">The value kind.</param>
/// <param name="Required">An empty cell breaks the row.</param>
/// <param name="Codes">The allowed values of a <see cref="RawType.Code"/> column, upper case.</param>
/// <param name="References">The entity whose key this column must name, when not empty.</param>
/// <param name="Min">Inclusive lower bound of a number.</param>
/// <param name="Max">Inclusive upper bound of a number.</param>
/// <param name="MinExclusive">The lower bound excludes <see cref="Min"/> (quantity &gt; 0).</param>
/// <param name="NotBefore">A date/timestamp column of the same row this value must not precede.</param>
public sealed record RawColumn(
    string Name,
    RawType Type,
    bool Required = false,
    IReadOnlyList<string>? Codes = null,
    string? References = null,
    decimal? Min = null,
    decimal? Max = null,
    bool MinExclusive = false,
    string? NotBefore = null);
