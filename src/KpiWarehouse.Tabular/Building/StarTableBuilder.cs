using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Building;

/// <summary>One warehouse table as a model table: typed columns, visibility, sort-by, hierarchies, partition.</summary>
internal static class StarTableBuilder
{
    public static Outcome<(Table Table, Dictionary<string, string> Columns)> Build(
        StarTable star, WarehouseTable source, ModelOptions options, string location)
    {
        var table = new Table
        {
            Name = star.Name,
            Description = star.Description,
            LineageTag = LineageTags.For("table", star.Name),
        };
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var physical = new List<string>();
        foreach (var column in source.Columns)
        {
            // The Hive partition column only locates files; 'Date' answers every question about the year.
            if (column.Name == source.PartitionedBy && !star.IsDimension)
                continue;
            if (column.Name.Any(char.IsControl))
                return ModelDiagnostics.UnsafeName(location, column.Name);
            var type = MapType(column.Type);
            if (type is null)
                return ModelDiagnostics.UnsupportedType(location, source.Name, column.Name, column.Type);
            var name = ColumnNames.Display(source.Name, column.Name);
            names[column.Name] = name;
            physical.Add(column.Name);
            table.Columns.Add(Column(star, column, name, type.Value));
        }

        foreach (var ((tableName, column), sortBy) in StarModel.SortBy)
        {
            if (tableName == star.Physical && names.TryGetValue(column, out var sorted) && names.TryGetValue(sortBy, out var key))
                table.FindColumn(sorted)!.SortByColumn = key;
        }

        if (star.Name == "Date")
        {
            if (!names.TryGetValue("date", out var date))
                return ModelDiagnostics.MissingColumn(location, source.Name, "date");
            table.DataCategory = "Time";
            table.FindColumn(date)!.IsKey = true;
        }

        foreach (var spec in StarModel.Hierarchies.Where(h => h.Table == star.Physical))
        {
            var hierarchy = new Hierarchy { Name = spec.Name, LineageTag = LineageTags.For("hierarchy", star.Name, spec.Name) };
            foreach (var (level, _, column) in spec.Levels)
            {
                if (!names.TryGetValue(column, out var levelColumn))
                    return ModelDiagnostics.MissingColumn(location, source.Name, column);
                hierarchy.Levels.Add(new Level(level, levelColumn, LineageTags.For("level", star.Name, spec.Name, level)));
            }
            table.Hierarchies.Add(hierarchy);
        }

        var query = PartitionQueries.Read(source, physical);
        if (star.IncrementalDate is { } incremental && names.ContainsKey(incremental))
        {
            query = PartitionQueries.InRange(query, incremental);
            table.RefreshPolicy = new RefreshPolicy
            {
                SourceExpression = query,
                RollingWindowPeriods = options.RollingWindowYears,
                IncrementalPeriods = options.IncrementalMonths,
            };
        }
        table.Partitions.Add(new Partition { Name = star.Name, Source = new MPartitionSource(query) });
        table.IsHidden = table.Columns.All(c => c.IsHidden);
        return Outcome<(Table, Dictionary<string, string>)>.Ok((table, names));
    }

    private static Column Column(StarTable star, WarehouseColumn column, string name, DataType type)
    {
        var isKey = column.Name.EndsWith("_key", StringComparison.Ordinal);
        // Facts show their text codes, natural ids and flags; dates go through 'Date', numbers through measures.
        var visible = !isKey
            && !StarModel.Hidden.Contains((star.Physical, column.Name))
            && (star.IsDimension || type is DataType.String or DataType.Boolean);
        return new Column
        {
            Name = name,
            DataType = type,
            SourceColumn = column.Name,
            LineageTag = LineageTags.For("column", star.Name, name),
            IsHidden = !visible,
            FormatString = FormatString(column, type, isKey),
            // discourageImplicitMeasures is on: nothing is summed implicitly, and a key or code is never additive.
            SummarizeBy = SummarizeBy.None,
        };
    }

    private static string? FormatString(WarehouseColumn column, DataType type, bool isKey) => type switch
    {
        _ when isKey => "0",
        DataType.DateTime when column.Type.StartsWith("TIMESTAMP", StringComparison.OrdinalIgnoreCase) => "yyyy-mm-dd hh:nn:ss",
        DataType.DateTime => "yyyy-mm-dd",
        DataType.Decimal when column.Name.EndsWith("_pct", StringComparison.Ordinal) || column.Name.EndsWith("_probability", StringComparison.Ordinal) => "0.0%",
        DataType.Decimal => "#,0.00",
        DataType.Int64 => "0",
        _ => null,
    };

    /// <summary>The model type of a DuckDB type; null for types the model refuses (floating point) or does not know.</summary>
    internal static DataType? MapType(string duckType)
    {
        var type = duckType.Trim().ToUpperInvariant();
        if (type.StartsWith("DECIMAL", StringComparison.Ordinal) || type.StartsWith("NUMERIC", StringComparison.Ordinal))
            return DataType.Decimal;
        return type switch
        {
            "VARCHAR" or "TEXT" or "STRING" => DataType.String,
            "TINYINT" or "SMALLINT" or "INTEGER" or "INT" or "BIGINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" => DataType.Int64,
            "DATE" or "TIMESTAMP" or "TIMESTAMP_S" or "TIMESTAMP_MS" or "TIMESTAMP_NS" or "DATETIME" => DataType.DateTime,
            "BOOLEAN" or "BOOL" => DataType.Boolean,
            _ => null,
        };
    }
}
