namespace KpiWarehouse.Reference.Reading;

/// <summary>One CSV record: its fields and the 1-based physical line it starts on (the header is line 1).</summary>
/// <param name="Line">The line the record starts on; a quoted field may carry it over further lines.</param>
/// <param name="Fields">The unquoted field values.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
