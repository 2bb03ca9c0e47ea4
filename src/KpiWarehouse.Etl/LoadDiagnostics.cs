using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl;

/// <summary>
/// Every diagnostic and quarantine rule code of <c>kpiw load</c> (docs/diagnostics.md, "Load"): the codes are
/// stable; the messages may improve.
/// </summary>
public static class LoadDiagnostics
{
    // Errors: the load stops, publishes nothing, and says why in one line.
    public const string RawFolderMissing = "KPIW-L001";
    public const string RequiredFileMissing = "KPIW-L002";
    public const string EmptyFile = "KPIW-L003";
    public const string MissingColumn = "KPIW-L004";
    public const string WrongDelimiter = "KPIW-L005";
    public const string HeaderNotUtf8 = "KPIW-L006";
    public const string DuplicateColumn = "KPIW-L007";
    public const string RejectRateExceeded = "KPIW-L008";
    public const string WarehouseLocked = "KPIW-L009";
    public const string NoReps = "KPIW-L010";
    public const string BadOption = "KPIW-L011";
    public const string NothingToAppend = "KPIW-L012";
    public const string WarehouseUnusable = "KPIW-L013";
    public const string UnreadableFile = "KPIW-L014";
    public const string AcceptedRowsOutdated = "KPIW-L015";

    // Warnings: reported in the summary and the manifest; the load goes on.
    public const string ExtraColumns = "KPIW-L050";
    public const string OptionalColumnMissing = "KPIW-L051";
    public const string OptionalFileMissing = "KPIW-L052";
    public const string HeaderOnly = "KPIW-L053";
    public const string BrokenGenerationRemoved = "KPIW-L054";

    // Quarantine rules: one per rejected raw row.
    public const string Required = "KPIW-L101";
    public const string BadDate = "KPIW-L102";
    public const string BadTimestamp = "KPIW-L103";
    public const string BadDecimal = "KPIW-L104";
    public const string BadInt = "KPIW-L105";
    public const string BadBool = "KPIW-L106";
    public const string UnknownCode = "KPIW-L107";
    public const string OutOfRange = "KPIW-L108";
    public const string DateOrder = "KPIW-L109";
    public const string RaggedRow = "KPIW-L110";
    public const string InvalidUtf8 = "KPIW-L111";
    public const string UnterminatedQuote = "KPIW-L112";
    public const string DuplicateKey = "KPIW-L120";
    public const string UnknownReference = "KPIW-L121";
    public const string RejectedReference = "KPIW-L122";
    public const string SelfReference = "KPIW-L123";
    public const string ClosedDateMissing = "KPIW-L130";
    public const string ClosedDateWhileOpen = "KPIW-L131";
    public const string DecidedDateMissing = "KPIW-L132";
    public const string HeldNotAccepted = "KPIW-L133";
    public const string MrrDeltaSign = "KPIW-L134";
    public const string MrrNegative = "KPIW-L135";
    public const string ChurnNotToZero = "KPIW-L136";
    public const string ScoreOutOfRange = "KPIW-L137";
    public const string MonthNotFirstDay = "KPIW-L138";

    internal static Diagnostic Error(string code, string message, string? location = null) => new(code, message, location);
}
