using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Verify;

/// <summary>The verifier's user errors (codes KPIW-V…, listed in docs/verify.md).</summary>
public static class VerifyDiagnostics
{
    /// <summary>A <c>--kpi</c> name is not a KPI of the catalog.</summary>
    public static Diagnostic UnknownKpi(string name, string? suggestion) =>
        new("KPIW-V001", suggestion is null ? $"'{name}' is not a KPI of the catalog" : $"'{name}' is not a KPI of the catalog (did you mean '{suggestion}'?)", "--kpi");

    /// <summary>The raw folder the load read is not known.</summary>
    public static Diagnostic RawFolderUnknown(string manifest) =>
        new("KPIW-V002", "the load's manifest does not name its raw folder; pass --raw DIR (the folder 'kpiw load' read)", manifest);

    /// <summary>The model's date table could not be read.</summary>
    public static Diagnostic DatesUnreadable(Diagnostic cause) =>
        new("KPIW-V003", $"the model's date table cannot be read: {cause.Code}: {cause.Message}", cause.Location);

    /// <summary>The model's date table has no date.</summary>
    public static Diagnostic DatesEmpty() =>
        new("KPIW-V004", "the model's date table has no date ('Date'[Date] is empty)", "'Date'[Date]");

    /// <summary>A KPI of the catalog has no reference calculation.</summary>
    public static Diagnostic NoReference(string kpi) =>
        new("KPIW-V006", $"the catalog's KPI '{kpi}' has no reference calculation (src/KpiWarehouse.Reference/Kpis)", "models/kpi-catalog.json");

    /// <summary>The report folder cannot be written.</summary>
    public static Diagnostic ReportUnwritable(string path, string reason) =>
        new("KPIW-V005", $"the report cannot be written: {reason}", path);

    /// <summary>The warehouse's kpi_monthly table does not have the columns of docs/star-schema.md.</summary>
    public static Diagnostic KpiMonthlyMalformed(string path) =>
        new("KPIW-V007", "the warehouse's kpi_monthly table does not have the columns kpi (text), month_date (date), dimension (text), member (text) and value (double)", path);
}
