namespace KpiWarehouse.Reference.Reading;

/// <summary>How numbers and fields are written in the raw files (the load's <c>--locale</c> option).</summary>
public enum RawLocale
{
    /// <summary><c>,</c> delimiter, <c>.</c> decimal point, no thousands separator.</summary>
    Invariant,
    /// <summary>French/European export: <c>;</c> delimiter, <c>,</c> decimal separator, space or no-break space between thousands.</summary>
    French,
}

/// <summary>The delimiter of a locale.</summary>
public static class RawLocaleExtensions
{
    /// <summary>The field delimiter of <paramref name="locale"/>.</summary>
    public static char Delimiter(this RawLocale locale) => locale == RawLocale.French ? ';' : ',';
}
