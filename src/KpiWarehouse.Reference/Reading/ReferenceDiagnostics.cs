using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Reference.Reading;

/// <summary>
/// The reference reader's diagnostics (listed in docs/reference.md). R00x stop the read; R01x are findings: a row the
/// load accepted that the reference cannot read, skipped and reported so that verification can show it.
/// </summary>
public static class ReferenceDiagnostics
{
    /// <summary>The raw folder does not exist.</summary>
    public static Diagnostic RawFolderMissing(string path) =>
        new("KPIW-R001", "the raw folder does not exist", path);

    /// <summary>reps.csv, the only required file, is missing.</summary>
    public static Diagnostic RequiredFileMissing(string path) =>
        new("KPIW-R002", "the required file is missing", path);

    /// <summary>A quarantine file was named but does not exist.</summary>
    public static Diagnostic QuarantineMissing(string path) =>
        new("KPIW-R003", "the quarantine file does not exist", path);

    /// <summary>The quarantine file lacks a column or has a line number that is not a whole number.</summary>
    public static Diagnostic QuarantineMalformed(string location, string detail) =>
        new("KPIW-R004", $"the quarantine file is malformed: {detail}", location);

    /// <summary>A raw file has no header row, or its header lacks a required column of the contract.</summary>
    public static Diagnostic HeaderProblem(string location, string detail) =>
        new("KPIW-R010", detail, location);

    /// <summary>A row that is not quarantined has a different number of fields than the header.</summary>
    public static Diagnostic FieldCount(string location, int expected, int actual) =>
        new("KPIW-R011", $"row has {actual} fields, the header has {expected}; the reference skips it", location);

    /// <summary>A row that is not quarantined has a value the reference cannot read.</summary>
    public static Diagnostic BadValue(string location, string column, string detail) =>
        new("KPIW-R012", $"column {column}: {detail}; the reference skips the row", location);
}
