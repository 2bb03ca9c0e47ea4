using System.Text;

namespace KpiWarehouse.Reference.Reading;

/// <summary>
/// A small RFC 4180 reader kept apart from the load on purpose: a difference between the two readers shows up as a
/// verification mismatch. Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and a UTF-8 BOM
/// are accepted; a line with nothing on it is skipped but still counted.
/// </summary>
public static class CsvReader
{
    /// <summary>Every record of <paramref name="text"/>, the header first.</summary>
    public static IEnumerable<CsvRecord> Records(string text, char delimiter)
    {
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var field = new StringBuilder();
        while (position < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var recordDone = false;
            var anyContent = false;
            while (!recordDone)
            {
                field.Clear();
                if (position < text.Length && text[position] == '"')
                {
                    anyContent = true;
                    position++;
                    while (position < text.Length)
                    {
                        var c = text[position++];
                        if (c == '"')
                        {
                            if (position < text.Length && text[position] == '"')
                            {
                                field.Append('"');
                                position++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n')
                            line++;
                        field.Append(c);
                    }
                }
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c == delimiter || c == '\n' || c == '\r')
                        break;
                    // Text after a closing quote is kept as written, so a malformed field stays visible.
                    field.Append(c);
                    anyContent = true;
                    position++;
                }
                fields.Add(field.ToString());
                if (position >= text.Length)
                {
                    recordDone = true;
                }
                else if (text[position] == delimiter)
                {
                    anyContent = true;
                    position++;
                }
                else
                {
                    if (text[position] == '\r')
                        position++;
                    if (position < text.Length && text[position] == '\n')
                        position++;
                    line++;
                    recordDone = true;
                }
            }
            if (anyContent)
                yield return new CsvRecord(startLine, fields);
        }
    }
}
