using System.Globalization;
using KpiWarehouse.Contract.Diagnostics;
using Parquet;
using Parquet.Schema;

namespace KpiWarehouse.Query.Storage;

/// <summary>
/// Reads a warehouse table from Parquet with Parquet.Net — independently of DuckDB, which wrote it, so a
/// disagreement between the two views of a table shows up as a verification mismatch rather than hiding.
/// A table is one file or a folder of files; hive partition folders (<c>year=2024/</c>) become columns,
/// as DuckDB's <c>read_parquet(..., hive_partitioning = true)</c> presents them.
/// </summary>
public static class ParquetTableReader
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    /// <summary>Reads the table at <paramref name="path"/> (a .parquet file or a folder of them).</summary>
    public static Outcome<TableValues> Read(string name, string path) =>
        ReadAsync(name, path).GetAwaiter().GetResult();

    /// <summary>Reads the table at <paramref name="path"/> (a .parquet file or a folder of them).</summary>
    public static async Task<Outcome<TableValues>> ReadAsync(string name, string path, CancellationToken cancel = default)
    {
        var files = ListFiles(path);
        if (files is null)
            return QueryDiagnostics.TableMissing(name, path);
        if (files.Count == 0)
            return QueryDiagnostics.TableEmptyFolder(name, path);

        var parts = new List<FilePart>(files.Count);
        foreach (var file in files)
        {
            try
            {
                parts.Add(await ReadFileAsync(file, cancel));
            }
            catch (Exception error) when (error is IOException or InvalidDataException or NotSupportedException
                                              or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                return QueryDiagnostics.UnreadableFile(file.FullPath, error.Message);
            }
        }

        var first = parts[0];
        foreach (var part in parts.Skip(1))
        {
            if (!SameSchema(first, part))
                return QueryDiagnostics.SchemaDiffers(name, first.File.FullPath, part.File.FullPath);
        }

        var rowCount = parts.Sum(p => (long)p.RowCount);
        if (rowCount > int.MaxValue)
            return QueryDiagnostics.TooManyRows(name, rowCount);
        return Outcome<TableValues>.Ok(Assemble(name, parts, (int)rowCount));
    }

    private static TableValues Assemble(string name, List<FilePart> parts, int rowCount)
    {
        var columns = new List<ColumnValues>();
        var first = parts[0];
        for (var c = 0; c < first.Columns.Count; c++)
        {
            var target = ColumnValues.Allocate(first.Columns[c].Name, first.Columns[c].Kind, rowCount);
            var offset = 0;
            foreach (var part in parts)
            {
                part.Columns[c].CopyTo(target, offset);
                offset += part.RowCount;
            }
            columns.Add(target);
        }

        foreach (var key in first.File.Partitions.Keys)
            columns.Add(PartitionColumn(key, parts, rowCount));
        return new TableValues(name, rowCount, columns);
    }

    private static ColumnValues PartitionColumn(string key, List<FilePart> parts, int rowCount)
    {
        var values = parts.Select(p => p.File.Partitions[key]).ToList();
        var allIntegers = values.All(v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
        var column = ColumnValues.Allocate(key, allIntegers ? ColumnKind.Int64 : ColumnKind.String, rowCount);
        var offset = 0;
        foreach (var part in parts)
        {
            var text = part.File.Partitions[key];
            for (var row = offset; row < offset + part.RowCount; row++)
            {
                if (allIntegers)
                    column.Int64s![row] = long.Parse(text, CultureInfo.InvariantCulture);
                else
                    column.Strings![row] = text;
            }
            offset += part.RowCount;
        }
        return column;
    }

    private static bool SameSchema(FilePart a, FilePart b) =>
        a.Columns.Count == b.Columns.Count
        && a.Columns.Zip(b.Columns).All(p => p.First.Name == p.Second.Name && p.First.Kind == p.Second.Kind)
        && a.File.Partitions.Keys.SequenceEqual(b.File.Partitions.Keys);

    private static List<ParquetFile>? ListFiles(string path)
    {
        if (File.Exists(path))
            return [new ParquetFile(Path.GetFullPath(path), new SortedDictionary<string, string>(StringComparer.Ordinal))];
        if (!Directory.Exists(path))
            return null;

        var root = Path.GetFullPath(path);
        return Directory.EnumerateFiles(root, "*.parquet", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new ParquetFile(Path.Combine(root, relative), HivePartitions(relative)))
            .ToList();
    }

    private static SortedDictionary<string, string> HivePartitions(string relativePath)
    {
        var partitions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var segments = relativePath.Split('/');
        foreach (var segment in segments[..^1])
        {
            var equals = segment.IndexOf('=');
            if (equals > 0)
                partitions[segment[..equals]] = Uri.UnescapeDataString(segment[(equals + 1)..]);
        }
        return partitions;
    }

    private static async Task<FilePart> ReadFileAsync(ParquetFile file, CancellationToken cancel)
    {
        await using var stream = File.OpenRead(file.FullPath);
        await using var reader = await ParquetReader.CreateAsync(stream, Options, cancellationToken: cancel);
        var fields = reader.Schema.GetDataFields();
        var rowCount = 0L;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rowCount += group.RowCount;
        }
        if (rowCount > int.MaxValue)
            throw new InvalidDataException($"{rowCount} rows in one file");

        var columns = fields.Select(f => ColumnValues.Allocate(f.Name, KindOf(f), (int)rowCount)).ToList();
        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            for (var c = 0; c < fields.Length; c++)
                await ParquetColumnDecoder.ReadAsync(group, fields[c], columns[c], offset, n, cancel);
            offset += n;
        }
        return new FilePart(file, (int)rowCount, columns);
    }

    private static ColumnKind KindOf(DataField field)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte)
            || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint))
            return ColumnKind.Int64;
        if (type == typeof(double) || type == typeof(float))
            return ColumnKind.Double;
        if (type == typeof(decimal))
            return ColumnKind.Decimal;
        if (type == typeof(DateOnly))
            return ColumnKind.Date;
        if (type == typeof(DateTime))
            return ColumnKind.DateTime;
        if (type == typeof(bool))
            return ColumnKind.Boolean;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
            return ColumnKind.String;
        throw new NotSupportedException($"column '{field.Name}' has the Parquet type {type.Name}, which the warehouse never writes");
    }

    private sealed record ParquetFile(string FullPath, SortedDictionary<string, string> Partitions);

    private sealed record FilePart(ParquetFile File, int RowCount, List<ColumnValues> Columns);
}
