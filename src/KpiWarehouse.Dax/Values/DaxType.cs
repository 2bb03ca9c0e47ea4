namespace KpiWarehouse.Dax.Values;

/// <summary>The DAX data types a scalar value can have.</summary>
public enum DaxType : byte
{
    /// <summary>BLANK: the absence of a value.</summary>
    Blank,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
    /// <summary>A 64-bit whole number.</summary>
    Integer,
    /// <summary>Fixed decimal (currency): a 64-bit integer scaled by 10^4, exactly four decimal places.</summary>
    Currency,
    /// <summary>A floating point number (Power BI's "Decimal number").</summary>
    Double,
    /// <summary>A date and time, held as days since 1899-12-30 (the OLE automation epoch DAX uses).</summary>
    DateTime,
    /// <summary>Text.</summary>
    String,
}
