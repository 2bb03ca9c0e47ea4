using System.Security.Cryptography;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Etl.Star;

namespace KpiWarehouse.Etl.Export;

/// <summary>
/// Writes every star table to Parquet with DuckDB's COPY. Byte-identical output for identical input: rows in a
/// total order, a fixed row group size and codec, and one file per (table, year) written by an explicit COPY
/// rather than PARTITION_BY, whose file split depends on threads. Partitioned files do not repeat the
/// <c>year</c> column (hive convention: it is in the folder name; Spark rejects a column in both).
/// </summary>
internal static class ParquetExporter
{
    private const string Options = "format parquet, compression zstd, row_group_size 122880";

    public static IReadOnlyList<ExportedTable> Export(DuckDBConnection connection, string generationDir, IProgress<ProgressUpdate>? progress)
    {
        var tables = new List<ExportedTable>();
        for (var i = 0; i < StarTable.All.Count; i++)
        {
            var table = StarTable.All[i];
            progress?.Report(new ProgressUpdate("export parquet", i, StarTable.All.Count));
            var folder = $"parquet/{table.Name}";
            Directory.CreateDirectory(Path.Combine(generationDir, folder));
            var files = new List<ParquetFile>();
            if (table.PartitionedByYear)
            {
                var years = Sql.Rows(connection, $"select year, count(*) from {table.Name} group by year order by year");
                foreach (var row in years)
                {
                    var year = Convert.ToInt32(row[0]!, System.Globalization.CultureInfo.InvariantCulture);
                    var file = $"{folder}/year={year:D4}/data_0.parquet";
                    Directory.CreateDirectory(Path.Combine(generationDir, $"{folder}/year={year:D4}"));
                    Copy(connection, $"select * exclude (year) from {table.Name} where year = {year} order by {table.OrderBy}", generationDir, file);
                    files.Add(new ParquetFile(file, Convert.ToInt64(row[1]!, System.Globalization.CultureInfo.InvariantCulture), Hash(generationDir, file)));
                }
                // A table without rows has no year: one file without rows still gives readers its columns.
                if (years.Count == 0)
                {
                    var file = $"{folder}/data_0.parquet";
                    Copy(connection, $"select * exclude (year) from {table.Name}", generationDir, file);
                    files.Add(new ParquetFile(file, 0, Hash(generationDir, file)));
                }
            }
            else
            {
                var file = $"{folder}/data.parquet";
                Copy(connection, $"select * from {table.Name} order by {table.OrderBy}", generationDir, file);
                files.Add(new ParquetFile(file, Sql.Scalar<long>(connection, $"select count(*) from {table.Name}"), Hash(generationDir, file)));
            }
            var columns = Sql.Rows(connection, $"select column_name, data_type from information_schema.columns where table_name = '{table.Name}' and table_schema = 'main' order by ordinal_position")
                .Select(r => ((string)r[0]!, (string)r[1]!)).ToList();
            tables.Add(new ExportedTable(table.Name, files.Sum(f => f.Rows), folder, table.PartitionedByYear ? "year" : null, columns, files));
        }
        progress?.Report(new ProgressUpdate("export parquet", StarTable.All.Count, StarTable.All.Count));
        return tables;
    }

    /// <summary>Writes the result of <paramref name="query"/> to <paramref name="relativePath"/> under <paramref name="root"/>.</summary>
    public static void Copy(DuckDBConnection connection, string query, string root, string relativePath) =>
        Sql.Execute(connection, $"copy ({query}) to {Sql.Quote(Path.Combine(root, relativePath))} ({Options})");

    public static string Hash(string root, string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(root, relativePath));
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
