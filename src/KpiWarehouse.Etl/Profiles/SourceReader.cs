using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Etl.Reading;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>
/// Reads one source file into a DuckDB table named after the source: <c>_line</c> (the record's first line,
/// header = 1) and every header column as VARCHAR under its header name (empty cell = NULL). Ragged, unterminated
/// or non-UTF-8 records are not loaded: they come back as rejects with their raw text.
/// </summary>
internal static class SourceReader
{
    static SourceReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Result(long Rows, long Size, string Sha256, List<QuarantineEntry> Rejects);

    public static Outcome<Result> Read(DuckDBConnection connection, ImportProfile profile, ProfileSource source, string rawFolder)
    {
        var path = Path.Combine(rawFolder, source.File);
        if (!File.Exists(path))
            return ProfileDiagnostics.Error(ProfileDiagnostics.SourceMissing,
                $"profile {profile.Name} reads {source.File}, which is not in the raw folder", path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadDiagnostics.Error(LoadDiagnostics.UnreadableFile, $"cannot open the file: {e.Message}", path);
        }
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var reader = Open(bytes, source);
        var at = $"{profile.Name}:{source.File}";
        if (!reader.Read())
            return ProfileDiagnostics.Error(ProfileDiagnostics.SourceHeader, "the file is empty (no header row)", at);
        var columns = reader.Fields.Select(f => f.Trim()).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Length == 0)
                return ProfileDiagnostics.Error(ProfileDiagnostics.SourceHeader, $"header column {i + 1} has no name", $"{at}:1");
            if (columns.Take(i).Any(c => c.Equals(columns[i], StringComparison.OrdinalIgnoreCase)) || columns[i] == ImportProfile.LineColumn)
                return ProfileDiagnostics.Error(ProfileDiagnostics.SourceHeader, $"header column '{columns[i]}' appears twice", $"{at}:1");
        }
        Sql.Execute(connection, $"create table {Quote(source.Name)} ({ImportProfile.LineColumn} bigint, {string.Join(", ", columns.Select(c => $"{Quote(c)} varchar"))})");

        var rejects = new List<QuarantineEntry>();
        long rows = 0;
        using (var appender = connection.CreateAppender(source.Name))
        {
            while (reader.Read())
            {
                rows++;
                var line = reader.LineNumber;
                if (reader.Unterminated)
                    rejects.Add(new(line, null, LoadDiagnostics.UnterminatedQuote, "a quoted field is not closed before the end of the file", reader.RawText));
                else if (reader.Fields.Count != columns.Count)
                    rejects.Add(new(line, null, LoadDiagnostics.RaggedRow, $"the row has {reader.Fields.Count} fields, the header has {columns.Count}", reader.RawText));
                else if (reader.InvalidUtf8)
                    rejects.Add(new(line, null, LoadDiagnostics.InvalidUtf8, $"the row has bytes that are not valid {source.Encoding}", reader.RawText));
                else
                {
                    var row = appender.CreateRow().AppendValue(line);
                    foreach (var field in reader.Fields)
                    {
                        if (field.Length == 0)
                            row.AppendNullValue();
                        else
                            row.AppendValue(field);
                    }
                    row.EndRow();
                }
            }
        }
        return Outcome<Result>.Ok(new Result(rows, bytes.LongLength, sha256, rejects));
    }

    /// <summary>The raw text of the records of <paramref name="source"/> that start on <paramref name="lines"/>.</summary>
    public static Dictionary<long, string> RawLines(ImportProfile profile, ProfileSource source, string rawFolder, IReadOnlySet<long> lines)
    {
        var found = new Dictionary<long, string>();
        if (lines.Count == 0)
            return found;
        using var reader = Open(File.ReadAllBytes(Path.Combine(rawFolder, source.File)), source);
        while (reader.Read())
            if (lines.Contains(reader.LineNumber))
                found[reader.LineNumber] = reader.RawText;
        return found;
    }

    // The record reader reads UTF-8: other encodings are transcoded first (source files are exports, read whole).
    private static CsvRecordReader Open(byte[] bytes, ProfileSource source)
    {
        if (source.Encoding != "utf-8")
        {
            var encoding = source.Encoding == "latin-1" ? Encoding.Latin1 : Encoding.GetEncoding(1252);
            bytes = Encoding.UTF8.GetBytes(encoding.GetString(bytes));
        }
        return new CsvRecordReader(new MemoryStream(bytes, writable: false), source.Delimiter);
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
