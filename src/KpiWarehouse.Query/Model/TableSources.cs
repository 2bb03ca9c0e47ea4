using System.Text.RegularExpressions;

namespace KpiWarehouse.Query.Model;

/// <summary>
/// Finds where a table's rows are in the warehouse. First an annotation <c>SourceTable</c> whose value is
/// the warehouse table (<c>fct_sales</c> → folder <c>parquet/fct_sales</c>); else the first M partition
/// reading <c>File.Contents(folder &amp; "/parquet/…")</c> or <c>Folder.Files(folder &amp; "/parquet/…")</c>,
/// the form docs/dax-host.md describes. Anything else gives no source: the host then decides from
/// <see cref="ModelTable.Partitions"/>.
/// </summary>
internal static partial class TableSources
{
    public const string AnnotationName = "SourceTable";

    public static TableSource? Find(IReadOnlyDictionary<string, string> annotations, IReadOnlyList<ModelPartition> partitions)
    {
        if (annotations.TryGetValue(AnnotationName, out var table) && table.Length > 0)
        {
            return new TableSource(table, "parquet/" + table, IsFolder: true, Parameter: null, Origin: "annotation");
        }

        foreach (var partition in partitions)
        {
            if (partition.SourceType == "m" && partition.Expression is { } m && FromPowerQuery(m) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    private static TableSource? FromPowerQuery(string m)
    {
        var match = FolderRead().Match(m);
        if (!match.Success)
        {
            return null;
        }

        var path = PowerQueryText.ReadString(m, match.Groups["path"].Index - 1)?.TrimStart('/', '\\').Replace('\\', '/');
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var isFolder = match.Groups["function"].Value == "Folder.Files";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // parquet/<table>[/<file>]: the table is the folder right under parquet/, else the nearest folder.
        var table = segments.Length > 1 && segments[0] == "parquet" ? segments[1]
            : isFolder || segments.Length < 2 ? segments[^1] : segments[^2];
        return new TableSource(table, string.Join('/', segments), isFolder, PowerQueryText.Identifier(match.Groups["parameter"].Value), "partition");
    }

    [GeneratedRegex("""(?<function>File\.Contents|Folder\.Files)\s*\(\s*(?<parameter>#"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_.]*)\s*&\s*"(?<path>(?:[^"]|"")*)"\s*\)""")]
    private static partial Regex FolderRead();
}
