using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Export;
using KpiWarehouse.Etl.Manifest;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl;

internal sealed partial class LoadRun
{
    // rows read (+ carried) = rows loaded + rows quarantined, per file; a mismatch is a bug in the loader, not
    // bad input, so it stops the load before anything is published.
    private List<FileAccounting> Account(DuckDBConnection connection)
    {
        var accounts = new List<FileAccounting>();
        foreach (var entity in RawSchema.Entities)
        {
            var file = _files[entity.Name];
            var carried = _carried.GetValueOrDefault(entity.Name);
            var loaded = Sql.Scalar<long>(connection, $"select count(*) from valid_{entity.Name}");
            var quarantined = Sql.Scalar<long>(connection,
                $"select count(*) from {Quarantine.Table} where file = {Sql.Quote(entity.FileName)}");
            if (file.RowsRead + carried != loaded + quarantined)
                throw new InvalidOperationException(
                    $"accounting broken for {entity.FileName}: read {file.RowsRead} + carried {carried} != loaded {loaded} + quarantined {quarantined}");
            accounts.Add(new FileAccounting(entity.FileName, file.Present, file.Size, file.Sha256, file.RowsRead, carried, loaded, quarantined));
        }
        return accounts;
    }

    private Outcome<LoadResult> RejectRateExceeded(
        DuckDBConnection connection, FileAccounting over, List<FileAccounting> files, List<(string, long)> byRule)
    {
        var rejected = Path.Combine(options.Warehouse, "rejected");
        if (Directory.Exists(rejected))
            Directory.Delete(rejected, recursive: true);
        Directory.CreateDirectory(rejected);
        WriteQuarantine(connection, rejected);
        var result = new LoadResult(id, rejected, options.Append, previous, files, byRule, [], Warnings, _steps);
        ManifestWriter.WriteFileAtomically(Path.Combine(rejected, "manifest.json"), ManifestWriter.Write(result, options, status: "rejected"));
        var share = over.RejectRate.ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
        var limit = options.MaxRejectRate.ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
        return LoadDiagnostics.Error(LoadDiagnostics.RejectRateExceeded,
            $"{over.RowsQuarantined} of {over.RowsRead + over.RowsCarried} rows ({share}) quarantined, above --max-reject-rate {limit}; nothing published, quarantine report in {Path.Combine(rejected, "quarantine", "quarantine.csv")}",
            over.File);
    }

    private static void WriteQuarantine(DuckDBConnection connection, string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "quarantine"));
        ParquetExporter.Copy(connection, $"select * from {Quarantine.Table}", root, "quarantine/quarantine.parquet");
        Sql.Execute(connection,
            $"copy {Quarantine.Table} to {Sql.Quote(Path.Combine(root, "quarantine", "quarantine.csv"))} (format csv, header true)");
    }
}
