using KpiWarehouse.Tabular.Naming;

namespace KpiWarehouse.Tabular.Building;

/// <summary>
/// The Power Query M of the partitions: Parquet files under the <c>Warehouse Folder</c> parameter, one file
/// for small tables, every year file of a folder combined for partitioned facts, the model's columns selected.
/// </summary>
internal static class PartitionQueries
{
    private static string Folder => PowerQuery.Identifier(ModelBuilder.FolderParameter);

    public static string TextParameter(string value) =>
        $"{PowerQuery.String(value)} meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]";

    public static string DateTimeParameter(string value) =>
        $"{value} meta [IsParameterQuery=true, Type=\"DateTime\", IsParameterQueryRequired=true]";

    public static string Read(WarehouseTable table, IReadOnlyList<string> columns)
    {
        var select = $"    Columns = Table.SelectColumns ( Source, {PowerQuery.List(columns)} )";
        if (table.PartitionedBy is null && table.Files.Count == 1)
        {
            return string.Join('\n',
                "let",
                $"    Source = Parquet.Document ( File.Contents ( {Folder} & {PowerQuery.String("/" + table.Files[0])} ) ),",
                select,
                "in",
                "    Columns");
        }
        return string.Join('\n',
            "let",
            $"    Files = Folder.Files ( {Folder} & {PowerQuery.String("/" + table.Path)} ),",
            "    ParquetFiles = Table.SelectRows ( Files, each [Extension] = \".parquet\" ),",
            "    Source = Table.Combine ( List.Transform ( ParquetFiles[Content], each Parquet.Document ( _ ) ) ),",
            select,
            "in",
            "    Columns");
    }

    /// <summary>The query restricted to rows whose <paramref name="dateColumn"/> is in [RangeStart, RangeEnd).</summary>
    public static string InRange(string query, string dateColumn)
    {
        var field = "[" + PowerQuery.Identifier(dateColumn) + "]";
        var lines = query.Split('\n').ToList();
        var resultAt = lines.FindIndex(l => l == "in");
        lines[resultAt - 1] += ",";
        lines.Insert(resultAt,
            $"    InRange = Table.SelectRows ( Columns, each {field} <> null and DateTime.From ( {field} ) >= RangeStart and DateTime.From ( {field} ) < RangeEnd )");
        lines[^1] = "    InRange";
        return string.Join('\n', lines);
    }
}
