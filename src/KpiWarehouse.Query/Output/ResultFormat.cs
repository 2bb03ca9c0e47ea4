namespace KpiWarehouse.Query.Output;

/// <summary>How <c>kpiw query</c> prints a result.</summary>
public enum ResultFormat
{
    /// <summary>Aligned columns for a person.</summary>
    Table,
    /// <summary>RFC 4180 CSV: a header row, BLANK as an empty cell, invariant culture, full precision.</summary>
    Csv,
    /// <summary>A JSON object with the column names and the rows (BLANK as null).</summary>
    Json,
}
