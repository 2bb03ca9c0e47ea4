using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>The codes of import profiles (docs/diagnostics.md, "Import profiles"): stable; messages may improve.</summary>
public static class ProfileDiagnostics
{
    // Errors: the load stops and publishes nothing.
    public const string UnknownProfile = "KPIW-P001";
    public const string MalformedProfile = "KPIW-P002";
    public const string SourceMissing = "KPIW-P003";
    public const string SourceHeader = "KPIW-P004";
    public const string SqlFailed = "KPIW-P005";
    public const string UnknownOutput = "KPIW-P006";
    public const string BadLineage = "KPIW-P007";
    public const string RequiredColumnMissing = "KPIW-P008";

    // Warnings.
    public const string FileNotRead = "KPIW-P050";

    // Quarantine rules for source rows (ragged, unterminated and non-UTF-8 rows keep the load's L110–L112).
    public const string SkippedByProfile = "KPIW-P101";
    public const string NotMapped = "KPIW-P102";

    internal static Diagnostic Error(string code, string message, string? location = null) => new(code, message, location);
}
