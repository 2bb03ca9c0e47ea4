using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Naming;

namespace KpiWarehouse.Tabular.Building;

public static partial class ModelBuilder
{
    private static Diagnostic? AddParameters(Context build)
    {
        build.Model.QueryGroups.Add("Parameters");
        build.Model.Expressions.Add(new NamedExpression
        {
            Name = FolderParameter,
            Description = "The warehouse generation folder (the one holding parquet/ and manifest.json). Change this one value to re-point every table.",
            Expression = PartitionQueries.TextParameter(build.Options.WarehouseFolder),
            LineageTag = LineageTags.For("expression", FolderParameter),
            QueryGroup = "Parameters",
        });
        // Incremental refresh's window; the defaults load every row, the service replaces them per partition.
        foreach (var (name, value) in new[] { ("RangeStart", "#datetime(1900, 1, 1, 0, 0, 0)"), ("RangeEnd", "#datetime(2100, 1, 1, 0, 0, 0)") })
        {
            build.Model.Expressions.Add(new NamedExpression
            {
                Name = name,
                Description = "Incremental refresh: the start (inclusive) or end (exclusive) of the rows a partition loads.",
                Expression = PartitionQueries.DateTimeParameter(value),
                LineageTag = LineageTags.For("expression", name),
                QueryGroup = "Parameters",
            });
        }
        return null;
    }

    private static Diagnostic? AddStarTables(Context build)
    {
        foreach (var star in StarModel.Tables)
        {
            var source = build.Warehouse.Find(star.Physical);
            if (source is null)
                return ModelDiagnostics.MissingTable(build.Source, star.Physical);
            var outcome = StarTableBuilder.Build(star, source, build.Options, build.Source);
            if (!outcome.IsSuccess)
                return outcome.Error;
            var (table, columns) = outcome.Value;
            build.Model.Tables.Add(table);
            build.Columns[table.Name] = columns;
        }
        return null;
    }

    private static Diagnostic? AddRelationships(Context build)
    {
        foreach (var star in StarModel.Tables.Where(t => !t.IsDimension))
        {
            var columns = build.Columns[star.Name];
            foreach (var date in star.Dates ?? [])
            {
                if (!columns.TryGetValue(date, out var column))
                    return ModelDiagnostics.MissingColumn(build.Source, star.Physical, date);
                Relate(build, star.Name, column, "Date", build.Column("Date", "date"), isActive: date == star.Dates![0]);
            }
            foreach (var (key, dimension) in StarModel.KeyDimensions)
            {
                if (columns.TryGetValue(key, out var column))
                    Relate(build, star.Name, column, dimension, build.Column(dimension, key), isActive: true);
            }
        }
        return null;
    }

    private static void Relate(Context build, string fromTable, string fromColumn, string toTable, string toColumn, bool isActive) =>
        build.Model.Relationships.Add(new Relationship
        {
            Name = LineageTags.For("relationship", fromTable, fromColumn, toTable, toColumn),
            FromTable = fromTable,
            FromColumn = fromColumn,
            ToTable = toTable,
            ToColumn = toColumn,
            IsActive = isActive,
        });

    /// <summary>A DAX reference to a star column by its physical name: <c>'Sales'[Order Date]</c>.</summary>
    private static string Ref(Context build, string table, string physical) => Dax.Column(table, build.Column(table, physical));
}
