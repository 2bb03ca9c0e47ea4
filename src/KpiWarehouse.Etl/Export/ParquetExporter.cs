using System.Security.Cryptography;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Etl.Star;

namespace KpiWarehouse.Etl.Export;

/// <summary>
/// Writes every star table to Parquet with DuckDB's COPY. Byte-identical output for identical input, whatever the
/// threads: rows in a total order (the table's stored order, or an ORDER BY here), a fixed row group size and codec,
/// and one file per (table, year) written by an explicit COPY rather than PARTITION_BY, whose file split depends on
/// threads. A year's row groups start where the stored table's do (a scan's batches), which the sorted rows fix. Partitioned files do not repeat the
/// <c>year</c> column (hive convention: it is in the folder name; Spark rejects a column in both).
/// </summary>
internal static class ParquetExporter
{
    private const string Options = "format parquet, compression zstd, row_group_size 122880";

    public static IReadOnlyList<ExportedTable> Export(DuckDBConnection connection, string generationDir, IProgress<ProgressUpdate>? progress)
    {
        var columns = Columns(connection);
        var files = StarTable.All.SelectMany(t => Plan(connection, t)).ToList();
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(generationDir, f.Path))!).Distinct())
            Directory.CreateDirectory(folder);

        // Two COPYs at a time, each on its own connection: a COPY of a file of one or two row groups keeps one core
        // busy, so a second one uses the other core. Every file is written by one COPY whatever the timing, and the
        // results are taken in plan order, so files and manifest do not depend on it.
        var written = new ParquetFile[files.Count];
        var done = 0;
        var parallelism = Math.Max(1, Sql.Scalar<int>(connection, "select current_setting('threads')"));
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, parallelism) },
            () => { var own = connection.Duplicate(); own.Open(); return own; },
            (i, _, own) =>
            {
                var rows = Copy(own, files[i].Query, generationDir, files[i].Path);
                written[i] = new ParquetFile(files[i].Path, rows, Hash(generationDir, files[i].Path));
                progress?.Report(new ProgressUpdate("export parquet", Interlocked.Increment(ref done), files.Count));
                return own;
            },
            own => own.Dispose());

        return StarTable.All.Select(t =>
        {
            var tableFiles = written.Where((_, i) => files[i].Table == t).ToList();
            return new ExportedTable(t.Name, tableFiles.Sum(f => f.Rows), $"parquet/{t.Name}", t.PartitionedByYear ? "year" : null,
                columns[t.Name], tableFiles);
        }).ToList();
    }

    // The files of a table and the query each is written from: one per year (in year order) for a partitioned table.
    // A table stored sorted (StarBuilder) is scanned in its stored order; the others are sorted here.
    private static IEnumerable<(StarTable Table, string Path, string Query)> Plan(DuckDBConnection connection, StarTable table)
    {
        var folder = $"parquet/{table.Name}";
        var order = table.StoredSorted ? "" : $" order by {table.OrderBy}";
        if (!table.PartitionedByYear)
            return [(table, $"{folder}/data.parquet", $"select * from {table.Name}{order}")];
        var years = Sql.Rows(connection, $"select distinct year from {table.Name} order by year")
            .Select(r => Convert.ToInt32(r[0]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // An empty table still gets one file, so every reader (Power Query's Folder.Files, DuckDB, the DAX
        // host) finds the table's columns rather than an empty folder (a source without orders).
        if (years.Count == 0)
            return [(table, $"{folder}/data_0.parquet", $"select * exclude (year) from {table.Name}")];
        return years.Select(year => (table, $"{folder}/year={year:D4}/data_0.parquet",
            $"select * exclude (year) from {table.Name} where year = {year}{order}"));
    }

    // Every table's columns in one query (name and DuckDB type, in table order).
    private static Dictionary<string, List<(string Name, string Type)>> Columns(DuckDBConnection connection) =>
        Sql.Rows(connection, "select table_name, column_name, data_type from information_schema.columns where table_schema = 'main' order by table_name, ordinal_position")
            .GroupBy(r => (string)r[0]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => ((string)r[1]!, (string)r[2]!)).ToList(), StringComparer.Ordinal);

    /// <summary>Writes the result of <paramref name="query"/> to <paramref name="relativePath"/> under <paramref name="root"/>;
    /// the number of rows written.</summary>
    public static long Copy(DuckDBConnection connection, string query, string root, string relativePath) =>
        Sql.NonQuery(connection, $"copy ({query}) to {Sql.Quote(Path.Combine(root, relativePath))} ({Options})");

    public static string Hash(string root, string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(root, relativePath));
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
