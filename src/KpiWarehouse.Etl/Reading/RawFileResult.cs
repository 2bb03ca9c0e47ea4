using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Reading;

/// <summary>What reading one raw file gave: its identity, how many records it has, and what was rejected on the way.</summary>
internal sealed record RawFileResult(
    string File,
    bool Present,
    long Size,
    string? Sha256,
    long RowsRead,
    IReadOnlyList<QuarantineEntry> Rejected,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>Two rows of the file (whatever their other values) have the same typed key: the duplicate-key pass
    /// has something to look at. False when the entity has no key or every key is unique.</summary>
    public bool RepeatsKeys { get; init; }
}
