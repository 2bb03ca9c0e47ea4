using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query.Storage;

namespace KpiWarehouse.Query;

/// <summary>The DAX host's user errors (codes KPIW-Q…, listed in docs/diagnostics.md), created here only.</summary>
public static class QueryDiagnostics
{
    public static Diagnostic TableMissing(string table, string path) =>
        new("KPIW-Q001", $"the warehouse has no Parquet data for table '{table}' (expected {path})", path);

    public static Diagnostic TableEmptyFolder(string table, string path) =>
        new("KPIW-Q002", $"the Parquet folder of table '{table}' holds no .parquet file", path);

    public static Diagnostic UnreadableFile(string file, string reason) =>
        new("KPIW-Q003", $"cannot read this Parquet file: {reason}", file);

    public static Diagnostic SchemaDiffers(string table, string first, string other) =>
        new("KPIW-Q004", $"the files of table '{table}' disagree on their columns ({Path.GetFileName(first)} vs this one)", other);

    public static Diagnostic TooManyRows(string table, long rows) =>
        new("KPIW-Q005", $"table '{table}' has {rows} rows, more than the in-memory engine holds (2^31 − 1)");

    public static Diagnostic TypeMismatch(string table, string column, string source, DaxType declared, ColumnKind stored) =>
        new("KPIW-Q006", $"'{table}'[{column}] is declared {declared} in the model but the warehouse column '{source}' holds {stored} values");

    public static Diagnostic SourceColumnMissing(string table, string column, string source, string path) =>
        new("KPIW-Q007", $"'{table}'[{column}] reads the warehouse column '{source}', which the Parquet data does not have", path);

    public static Diagnostic ModelRejected(string code, string message) =>
        new("KPIW-Q008", $"the DAX engine cannot load the model: {code}: {message}");

    /// <summary>A DAX parse or evaluation error as a one-line user error, located in the query text when it has a position.</summary>
    public static Diagnostic FromDax(Dax.Diagnostics.DaxDiagnostic error) =>
        new(error.Code, error.Message, error.Span is { } span ? $"query line {span.Line}, column {span.Column}" : null);
}
