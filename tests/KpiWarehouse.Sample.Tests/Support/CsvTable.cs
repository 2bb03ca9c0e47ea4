using System.Text;

namespace KpiWarehouse.Sample.Tests.Support;

/// <summary>
/// A CSV file read by an RFC 4180 reader written for the tests (independent of the generator's writer):
/// the header, then every row with its line number in the file.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string name, string[] header, List<CsvRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    public string Name { get; }
    public string[] Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    public int Column(string name) =>
        _index.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"{Name}: no column {name}");

    /// <summary>A copy with one cell changed (for tests that plant a broken value).</summary>
    public CsvTable With(CsvRow row, string column, string value)
    {
        var rows = Rows.Select(r => r == row ? r with { Fields = (string[])r.Fields.Clone() } : r).ToList();
        var changed = rows.First(r => r.Line == row.Line);
        changed.Fields[Column(column)] = value;
        return new CsvTable(Name, Header, rows);
    }

    public static CsvTable Read(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var records = Parse(text);
        var header = records[0].Fields;
        var rows = records.Skip(1).Select(r => new CsvRow(r.Line, r.Fields)).ToList();
        return new CsvTable(Path.GetFileNameWithoutExtension(path), header, rows);
    }

    private static List<(int Line, string[] Fields)> Parse(string text)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new FormatException($"line {recordLine}: unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (text[i] == '\n')
                        line++;
                    field.Append(text[i++]);
                }
                continue;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields.ToArray()));
                fields.Clear();
                recordLine = ++line;
            }
            else
            {
                field.Append(c);
            }
            i++;
        }
        if (field.Length > 0 || fields.Count > 0)
            throw new FormatException($"line {recordLine}: the last record has no line end");
        return records;
    }
}

/// <summary>One data row and the line it starts on.</summary>
public sealed record CsvRow(int Line, string[] Fields)
{
    public string this[int column] => Fields[column];
}
