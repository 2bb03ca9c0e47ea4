using KpiWarehouse.Etl.Reading;

namespace KpiWarehouse.Etl.Tests.Support;

/// <summary>A row of quarantine/quarantine.csv.</summary>
internal sealed record QuarantineRow(string File, long LineNumber, string Column, string Rule, string Message, string RawLine)
{
    public static List<QuarantineRow> Read(string root)
    {
        var rows = new List<QuarantineRow>();
        using var reader = new CsvRecordReader(System.IO.File.OpenRead(Path.Combine(root, "quarantine", "quarantine.csv")), ',');
        reader.Read();
        Assert.Equal(["file", "line_number", "column", "rule", "message", "raw_line"], reader.Fields);
        while (reader.Read())
        {
            var f = reader.Fields;
            rows.Add(new QuarantineRow(f[0], long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3], f[4], f[5]));
        }
        return rows;
    }
}
