namespace KpiWarehouse.Contract.Raw;

/// <summary>The value kinds of the canonical raw contract (shared/spec/raw-contract.md).</summary>
public enum RawType
{
    /// <summary>Free text; IDs are text too.</summary>
    Text,
    /// <summary>A case-insensitive, trimmed enum value out of <see cref="RawColumn.Codes"/>.</summary>
    Code,
    /// <summary><c>YYYY-MM-DD</c>.</summary>
    Date,
    /// <summary><c>YYYY-MM-DDTHH:MM[:SS]</c> or <c>YYYY-MM-DD HH:MM[:SS]</c>, local time, no zone.</summary>
    Timestamp,
    /// <summary>A decimal number (<c>.</c> decimal point, or <c>,</c> with the French locale).</summary>
    Decimal,
    /// <summary>A whole number.</summary>
    Int,
    /// <summary><c>true/false</c>, <c>1/0</c>, <c>yes/no</c>, any case.</summary>
    Bool,
}
