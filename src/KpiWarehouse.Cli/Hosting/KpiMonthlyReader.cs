using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Verify;
using KpiWarehouse.Query.Storage;
using KpiWarehouse.Verify.Sql;

namespace KpiWarehouse.Cli.Hosting;

/// <summary>Reads the warehouse's kpi_monthly table (its Parquet export, with Parquet.Net) for the verifier's sql check.</summary>
public static class KpiMonthlyReader
{
    /// <summary>The table's name in the manifest.</summary>
    public const string Table = "kpi_monthly";

    /// <summary>
    /// The rows of <paramref name="warehouse"/>'s kpi_monthly; null when the generation has none (it was loaded
    /// before the table existed). A table whose columns are not those of docs/star-schema.md is KPIW-V007.
    /// </summary>
    public static Outcome<KpiMonthlyCells?> Read(WarehouseLocation warehouse)
    {
        if (warehouse.Manifest.Table(Table) is not { } entry)
            return Outcome<KpiMonthlyCells?>.Ok(null);
        var read = ParquetTableReader.Read(Table, warehouse.Resolve(entry.Path));
        if (!read.IsSuccess)
            return read.Error!;
        var table = read.Value;
        var kpi = table.Column("kpi")?.Strings;
        var month = table.Column("month_date")?.Dates;
        var dimension = table.Column("dimension")?.Strings;
        var member = table.Column("member")?.Strings;
        var value = table.Column("value");
        if (kpi is null || month is null || dimension is null || member is null || value?.Doubles is null)
            return VerifyDiagnostics.KpiMonthlyMalformed(warehouse.Resolve(entry.Path));
        var rows = Enumerable.Range(0, table.RowCount).Select(i => new KpiMonthlyRow(
            kpi[i]!, month[i], dimension[i]!, member[i], value.IsNull[i] ? null : value.Doubles[i]));
        return Outcome<KpiMonthlyCells?>.Ok(new KpiMonthlyCells(rows));
    }
}
