namespace KpiWarehouse.Query.Storage;

/// <summary>The physical kinds a warehouse column is read as (what the DAX engine's types are built from).</summary>
public enum ColumnKind
{
    /// <summary>INTEGER, BIGINT, SMALLINT, TINYINT, and integer hive partition values.</summary>
    Int64,
    /// <summary>DOUBLE, FLOAT.</summary>
    Double,
    /// <summary>DECIMAL(p,s).</summary>
    Decimal,
    /// <summary>DATE (a calendar day, no time).</summary>
    Date,
    /// <summary>TIMESTAMP (local time, no zone).</summary>
    DateTime,
    /// <summary>BOOLEAN.</summary>
    Boolean,
    /// <summary>VARCHAR, and non-integer hive partition values.</summary>
    String,
}
