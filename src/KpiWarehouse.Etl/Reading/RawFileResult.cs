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
    IReadOnlyList<Diagnostic> Warnings);
