using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>
/// The accounting of one source file of a profile load: rows read = rows loaded + rows quarantined by the profile
/// (not mapped, skipped, or unreadable) + rows quarantined by the load (a canonical row made from them was).
/// </summary>
public sealed record SourceAccounting(
    string File, long Size, string Sha256, long RowsRead, long RowsMapped, long RowsQuarantinedByProfile, long RowsQuarantinedByLoad = 0)
{
    /// <summary>Source rows every canonical row of which was loaded.</summary>
    public long RowsLoaded => RowsMapped - RowsQuarantinedByLoad;

    /// <summary>Source rows not (wholly) in the warehouse.</summary>
    public long RowsQuarantined => RowsQuarantinedByProfile + RowsQuarantinedByLoad;
}

/// <summary>What running a profile produced: canonical files in <see cref="CanonicalFolder"/> and their lineage.</summary>
/// <param name="Rejects">Per source (file = <c>profile:source file</c>), the rows the profile could not map.</param>
/// <param name="Lineage">(canonical file, line) → (index into <see cref="Sources"/>, source line).</param>
internal sealed record ProfileRun(
    ImportProfile Profile,
    string SourceFolder,
    string CanonicalFolder,
    IReadOnlyList<SourceAccounting> Sources,
    IReadOnlyList<(string File, IReadOnlyList<Reading.QuarantineEntry> Entries)> Rejects,
    IReadOnlyDictionary<(string File, long Line), (int Source, long Line)> Lineage,
    IReadOnlyList<Diagnostic> Warnings);

/// <summary>What a profile load adds to the load's result: which profile, and each source file's accounting.</summary>
public sealed record ProfileResult(string Name, string Origin, string SourceFolder, IReadOnlyList<SourceAccounting> Sources);
