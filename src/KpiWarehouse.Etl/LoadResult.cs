using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Etl.Export;

namespace KpiWarehouse.Etl;

/// <summary>The accounting of one raw file: rows read (+ carried by --append) = rows loaded + rows quarantined.</summary>
public sealed record FileAccounting(string File, bool Present, long Size, string? Sha256, long RowsRead, long RowsCarried, long RowsLoaded, long RowsQuarantined)
{
    /// <summary>The share of the file's rows that went to the quarantine.</summary>
    public double RejectRate => RowsRead + RowsCarried == 0 ? 0 : (double)RowsQuarantined / (RowsRead + RowsCarried);
}

/// <summary>How long a step took and how many rows it handled.</summary>
public sealed record StepTiming(string Name, double Seconds, long Rows);

/// <summary>What a load did: published generation, per-file accounting, quarantine counts, tables and timings.</summary>
public sealed record LoadResult(
    string Generation,
    string GenerationFolder,
    bool Appended,
    string? PreviousGeneration,
    IReadOnlyList<FileAccounting> Files,
    IReadOnlyList<(string Rule, long Rows)> QuarantineByRule,
    IReadOnlyList<ExportedTable> Tables,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<StepTiming> Steps)
{
    /// <summary>The import profile's source accounting; null for a load of canonical files.</summary>
    public Profiles.ProfileResult? Profile { get; init; }

    public long RowsRead => Files.Sum(f => f.RowsRead);
    public long RowsLoaded => Files.Sum(f => f.RowsLoaded);
    public long RowsQuarantined => Files.Sum(f => f.RowsQuarantined);
    public double Seconds => Steps.Sum(s => s.Seconds);
}
