using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>
/// Writes one canonical file from a profile's output table: the contract's columns in contract order (a column the
/// profile does not produce is empty), values in the contract's invariant formats, rows in source order; and
/// records, for each written record, the source row it came from.
/// </summary>
internal static class CanonicalWriter
{
    public static void Write(
        DuckDBConnection connection, RawEntity entity, string table, IReadOnlyList<ProfileSource> sources, ISet<string> produced,
        string path, Dictionary<(string File, long Line), (int Source, long Line)> lineage)
    {
        var ordinal = "case lower(" + ImportProfile.SourceColumn + ") "
            + string.Concat(sources.Select((s, i) => $"when {Sql.Quote(s.Name.ToLowerInvariant())} then {i} ")) + "end";
        var columns = entity.Columns.Select(c => produced.Contains(c.Name) ? SourceReader.Quote(c.Name) : "null").ToList();
        var select = $"""
            select {string.Join(", ", columns)}, {ordinal} as _ordinal, {ImportProfile.LineColumn}
            from {SourceReader.Quote(table)}
            order by _ordinal, {ImportProfile.LineColumn}, {string.Join(", ", Enumerable.Range(1, columns.Count))}
            """;
        using var command = connection.CreateCommand();
        command.CommandText = select;
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(",", entity.Columns.Select(c => c.Name)));
        long line = 2;
        var record = new StringBuilder();
        while (reader.Read())
        {
            record.Clear();
            for (var i = 0; i < entity.Columns.Count; i++)
            {
                if (i > 0)
                    record.Append(',');
                record.Append(Field(reader.IsDBNull(i) ? null : reader.GetValue(i), entity.Columns[i].Type));
            }
            writer.WriteLine(record);
            lineage[(entity.FileName, line)] = (Convert.ToInt32(reader.GetValue(entity.Columns.Count), CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(entity.Columns.Count + 1), CultureInfo.InvariantCulture));
            line += 1 + record.ToString().Count(c => c == '\n');
        }
    }

    private static string Field(object? value, RawType type)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t when type == RawType.Date || (t.TimeOfDay == TimeSpan.Zero && type != RawType.Timestamp) =>
                t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
