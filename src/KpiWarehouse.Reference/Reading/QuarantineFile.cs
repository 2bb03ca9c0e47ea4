using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Reference.Reading;

/// <summary>
/// The rows the load rejected, read from the published generation's <c>quarantine/quarantine.csv</c>
/// (columns file, line_number, column, rule, message, raw_line; always comma-delimited). A raw row is accepted iff
/// no quarantine row names its file and line number.
/// </summary>
public sealed class QuarantineFile
{
    private readonly Dictionary<string, HashSet<int>> _lines;

    private QuarantineFile(Dictionary<string, HashSet<int>> lines) => _lines = lines;

    /// <summary>A quarantine that rejects nothing.</summary>
    public static QuarantineFile Empty { get; } = new(new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The number of distinct (file, line) pairs rejected.</summary>
    public int Count => _lines.Values.Sum(set => set.Count);

    /// <summary>True when the load rejected line <paramref name="line"/> of entity <paramref name="entity"/>.</summary>
    public bool IsQuarantined(string entity, int line) =>
        _lines.TryGetValue(entity, out var set) && set.Contains(line);

    /// <summary>Reads a quarantine file; the file column may name the entity with or without <c>.csv</c> and any folder.</summary>
    public static Outcome<QuarantineFile> Read(string path)
    {
        if (!File.Exists(path))
            return ReferenceDiagnostics.QuarantineMissing(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses quarantine CSV text; <paramref name="location"/> names it in diagnostics.</summary>
    public static Outcome<QuarantineFile> Parse(string text, string location)
    {
        var lines = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        int fileColumn = -1, lineColumn = -1;
        foreach (var record in CsvReader.Records(text, ','))
        {
            if (fileColumn < 0)
            {
                var names = record.Fields.Select(f => f.Trim()).ToList();
                fileColumn = names.FindIndex(n => n.Equals("file", StringComparison.OrdinalIgnoreCase));
                lineColumn = names.FindIndex(n => n.Equals("line_number", StringComparison.OrdinalIgnoreCase));
                if (fileColumn < 0 || lineColumn < 0)
                    return ReferenceDiagnostics.QuarantineMalformed(location, "the header needs the columns file and line_number");
                continue;
            }
            var at = $"{location}:{record.Line}";
            if (record.Fields.Count <= Math.Max(fileColumn, lineColumn))
                return ReferenceDiagnostics.QuarantineMalformed(at, "the row has too few fields");
            if (!int.TryParse(record.Fields[lineColumn].Trim(), out var line))
                return ReferenceDiagnostics.QuarantineMalformed(at, $"line_number '{record.Fields[lineColumn]}' is not a whole number");
            var entity = EntityName(record.Fields[fileColumn]);
            if (!lines.TryGetValue(entity, out var set))
                lines[entity] = set = [];
            set.Add(line);
        }
        if (fileColumn < 0)
            return ReferenceDiagnostics.QuarantineMalformed(location, "the file has no header");
        return Outcome<QuarantineFile>.Ok(new QuarantineFile(lines));
    }

    private static string EntityName(string file)
    {
        var name = Path.GetFileName(file.Trim().Replace('\\', '/'));
        return name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
    }
}
