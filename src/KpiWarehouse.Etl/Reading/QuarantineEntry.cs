namespace KpiWarehouse.Etl.Reading;

/// <summary>A raw record rejected before it reached DuckDB (its shape or bytes are broken).</summary>
internal sealed record QuarantineEntry(long LineNumber, string? Column, string Rule, string Message, string RawLine);
