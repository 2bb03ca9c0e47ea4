using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query.Model;
using KpiWarehouse.Query.Storage;
using EngineModel = KpiWarehouse.Dax.Model.SemanticModel;
using ModelDefinition = KpiWarehouse.Query.Model.SemanticModel;

namespace KpiWarehouse.Query.Hosting;

/// <summary>
/// A published warehouse loaded into the DAX engine with a model's tables, relationships, measures,
/// calculation groups and roles — what <c>kpiw query</c> and <c>kpiw verify</c> evaluate DAX against.
/// The one-call path: <c>DaxHost.Open(warehouse, modelBim)</c>, then <see cref="Evaluate"/>.
/// </summary>
public sealed class DaxHost
{
    private DaxHost(WarehouseLocation warehouse, ModelDefinition definition, EngineModel engine)
    {
        Warehouse = warehouse;
        Definition = definition;
        Engine = engine;
    }

    /// <summary>The warehouse generation the data was read from.</summary>
    public WarehouseLocation Warehouse { get; }

    /// <summary>The model as read from its file.</summary>
    public ModelDefinition Definition { get; }

    /// <summary>The engine's model with the data.</summary>
    public EngineModel Engine { get; }

    /// <summary>Opens <paramref name="warehouseFolder"/> with the TMSL model at <paramref name="modelBimPath"/>.</summary>
    public static Outcome<DaxHost> Open(string warehouseFolder, string modelBimPath)
    {
        var warehouse = WarehouseLocation.Open(warehouseFolder);
        if (!warehouse.IsSuccess)
            return warehouse.Error!;
        var definition = ModelReader.ReadFile(modelBimPath);
        if (!definition.IsSuccess)
            return definition.Error!;
        return Open(warehouse.Value, definition.Value);
    }

    /// <summary>Loads <paramref name="definition"/>'s tables from <paramref name="warehouse"/> into the engine.</summary>
    public static Outcome<DaxHost> Open(WarehouseLocation warehouse, ModelDefinition definition)
    {
        var builder = new ModelBuilder();
        foreach (var table in definition.Tables)
        {
            if (table.CalculationGroup is { } group)
            {
                AddCalculationGroup(builder, table, group);
                continue;
            }
            if (table.CalculatedExpression is { } calculated)
            {
                builder.AddCalculatedTable(table.Name, calculated.Text);
            }
            else
            {
                var columns = LoadColumns(warehouse, table);
                if (!columns.IsSuccess)
                    return columns.Error!;
                builder.AddTable(table.Name, columns.Value);
            }
            // Calculated columns are computed by the engine once every table is loaded, in dependency order.
            foreach (var column in table.Columns.Where(c => c.Kind == Model.ColumnKind.Calculated && c.Expression is not null))
                builder.AddCalculatedColumn(table.Name, column.Name, column.Expression!.Text, DeclaredType(column.DataType));
            if (table.IsDateTable && table.Columns.FirstOrDefault(c => c.IsKey) is { } key)
                builder.MarkAsDateTable(table.Name, key.Name);
        }

        foreach (var relationship in definition.Relationships)
        {
            builder.AddRelationship(relationship.FromTable, relationship.FromColumn, relationship.ToTable, relationship.ToColumn,
                relationship.IsActive,
                relationship.CrossFilteringBehavior == CrossFilteringBehavior.BothDirections ? CrossFilterDirection.Both : CrossFilterDirection.Single);
        }
        foreach (var measure in definition.Measures)
        {
            builder.AddMeasure(measure.Table, measure.Name, measure.Expression.Text, measure.FormatString);
            // A KPI's target and status are queryable as the hidden measures Analysis Services names
            // "_<measure> Goal" and "_<measure> Status".
            if (measure.Kpi?.TargetExpression is { } target)
                builder.AddMeasure(measure.Table, $"_{measure.Name} Goal", target.Text, measure.Kpi.TargetFormatString);
            if (measure.Kpi?.StatusExpression is { } status)
                builder.AddMeasure(measure.Table, $"_{measure.Name} Status", status.Text);
        }
        foreach (var role in definition.Roles)
        {
            builder.AddRole(role.Name, role.TablePermissions
                .Where(p => p.FilterExpression is not null)
                .ToDictionary(p => p.Table, p => p.FilterExpression!.Text, StringComparer.OrdinalIgnoreCase));
        }

        var built = builder.Build();
        if (!built.IsSuccess)
        {
            var first = built.Errors[0];
            var at = first.Span is { } span ? $" (line {span.Line}, column {span.Column} of its expression)" : "";
            return QueryDiagnostics.ModelRejected(first.Code, first.Message + at);
        }
        return Outcome<DaxHost>.Ok(new DaxHost(warehouse, definition, built.Model!));
    }

    /// <summary>Runs a DAX query (<c>EVALUATE …</c>), optionally as <paramref name="options"/>' user under its role.</summary>
    public QueryResult Evaluate(string query, EvaluateOptions? options = null) => DaxEngine.Evaluate(Engine, query, options);

    private static void AddCalculationGroup(ModelBuilder builder, ModelTable table, Model.CalculationGroup group)
    {
        var column = table.Columns.FirstOrDefault(c => c.DataType == ModelDataType.String)?.Name ?? table.Columns[0].Name;
        var items = group.Items
            .OrderBy(i => i.Ordinal ?? int.MaxValue)
            .Select(i => new Dax.Model.CalculationItem(i.Name, i.Expression.Text, i.FormatStringExpression?.Text))
            .ToList();
        builder.AddCalculationGroup(table.Name, column, items, group.Precedence,
            group.MultipleOrEmptySelectionExpression is { } multiple ? new Dax.Model.CalculationItem("multipleOrEmptySelectionExpression", multiple.Text) : null,
            group.NoSelectionExpression is { } none ? new Dax.Model.CalculationItem("noSelectionExpression", none.Text) : null);
    }

    private static Outcome<IReadOnlyList<ColumnData>> LoadColumns(WarehouseLocation warehouse, ModelTable table)
    {
        var dataColumns = table.Columns.Where(c => c.Kind == Model.ColumnKind.Data && c.SourceColumn is not null).ToList();
        if (table.Source is null)
        {
            // A table without warehouse data (a measure table): its columns exist, with no rows.
            return Outcome<IReadOnlyList<ColumnData>>.Ok(
                dataColumns.Select(c => ColumnData.FromValues(c.Name, EngineType(c.DataType), [])).ToList());
        }

        var read = ParquetTableReader.Read(table.Source.WarehouseTable, warehouse.Resolve(table.Source.RelativePath));
        if (!read.IsSuccess)
            return read.Error!;

        var columns = new List<ColumnData>(dataColumns.Count);
        foreach (var column in dataColumns)
        {
            var values = read.Value.Column(column.SourceColumn!);
            if (values is null)
                return QueryDiagnostics.SourceColumnMissing(table.Name, column.Name, column.SourceColumn!, table.Source.RelativePath);
            var converted = EngineColumns.Convert(table.Name, column.Name, EngineType(column.DataType), values);
            if (!converted.IsSuccess)
                return converted.Error!;
            columns.Add(converted.Value);
        }
        return Outcome<IReadOnlyList<ColumnData>>.Ok(columns);
    }

    // Automatic (or absent), variant and binary leave the type to the engine's inference from the values.
    private static DaxType? DeclaredType(ModelDataType type) =>
        type is ModelDataType.Automatic or ModelDataType.Unknown or ModelDataType.Variant or ModelDataType.Binary ? null : EngineType(type);

    private static DaxType EngineType(ModelDataType type) => type switch
    {
        ModelDataType.Int64 => DaxType.Integer,
        ModelDataType.Decimal => DaxType.Currency,
        ModelDataType.Double => DaxType.Double,
        ModelDataType.DateTime => DaxType.DateTime,
        ModelDataType.Boolean => DaxType.Boolean,
        _ => DaxType.String,
    };
}
