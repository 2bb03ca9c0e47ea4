using System.Globalization;
using KpiWarehouse.Tabular.Model;
using static KpiWarehouse.Tabular.Naming.Tmdl;

namespace KpiWarehouse.Tabular.Tmdl;

public static partial class TmdlWriter
{
    private static string Table(Table table)
    {
        var text = new TmdlText()
            .Description(0, table.Description)
            .Line(0, "table " + Name(table.Name))
            .Flag(1, "isHidden", table.IsHidden)
            .Property(1, "lineageTag", table.LineageTag)
            .Property(1, "dataCategory", table.DataCategory)
            .Blank();

        if (table.CalculationGroup is { } group)
            CalculationGroup(text, group);
        if (table.RefreshPolicy is { } policy)
            RefreshPolicy(text, policy);
        foreach (var measure in table.Measures)
            Measure(text, measure);
        foreach (var column in table.Columns)
            Column(text, column);
        foreach (var hierarchy in table.Hierarchies)
            Hierarchy(text, hierarchy);
        foreach (var partition in table.Partitions)
            Partition(text, partition);
        return text.ToString();
    }

    private static void CalculationGroup(TmdlText text, CalculationGroup group)
    {
        text.Line(1, "calculationGroup")
            .Property(2, "precedence", group.Precedence.ToString(CultureInfo.InvariantCulture))
            .Blank();
        foreach (var item in group.Items)
        {
            text.Description(2, item.Description)
                .Expression(2, "calculationItem " + Name(item.Name), item.Expression, 4);
            if (item.FormatStringExpression is { } format)
                text.Blank().Expression(3, "formatStringDefinition", format, 4);
            text.Blank();
        }
    }

    private static void RefreshPolicy(TmdlText text, RefreshPolicy policy) =>
        text.Line(1, "refreshPolicy")
            .Property(2, "policyType", "basic")
            .Property(2, "rollingWindowGranularity", policy.RollingWindowGranularity)
            .Property(2, "rollingWindowPeriods", policy.RollingWindowPeriods.ToString(CultureInfo.InvariantCulture))
            .Property(2, "incrementalGranularity", policy.IncrementalGranularity)
            .Property(2, "incrementalPeriods", policy.IncrementalPeriods.ToString(CultureInfo.InvariantCulture))
            .Expression(2, "sourceExpression", policy.SourceExpression, 3)
            .Blank();

    private static void Measure(TmdlText text, Measure measure)
    {
        text.Description(1, measure.Description)
            .Expression(1, "measure " + Name(measure.Name), measure.Expression, 3)
            .Property(2, "formatString", measure.FormatString)
            .Flag(2, "isHidden", measure.IsHidden)
            .Property(2, "displayFolder", measure.DisplayFolder)
            .Property(2, "lineageTag", measure.LineageTag)
            .Blank();
        if (measure.Kpi is { } kpi)
        {
            text.Line(2, "kpi")
                .Property(3, "targetDescription", kpi.TargetDescription)
                .Property(3, "targetFormatString", kpi.TargetFormatString)
                .Expression(3, "targetExpression", kpi.TargetExpression, 4)
                .Property(3, "statusGraphic", kpi.StatusGraphic)
                .Expression(3, "statusExpression", kpi.StatusExpression, 4)
                .Blank();
        }
    }

    private static void Column(TmdlText text, Column column) =>
        text.Description(1, column.Description)
            .Line(1, "column " + Name(column.Name))
            .Property(2, "dataType", DataTypeName(column.DataType))
            .Flag(2, "isHidden", column.IsHidden)
            .Flag(2, "isKey", column.IsKey)
            .Property(2, "formatString", column.FormatString)
            .Property(2, "displayFolder", column.DisplayFolder)
            .Property(2, "lineageTag", column.LineageTag)
            .Property(2, "summarizeBy", column.SummarizeBy == SummarizeBy.Sum ? "sum" : "none")
            .Property(2, "sourceColumn", column.SourceColumn)
            .Line(2, column.SortByColumn is null ? "" : "sortByColumn: " + Name(column.SortByColumn), skipEmpty: true)
            .Blank();

    private static void Hierarchy(TmdlText text, Hierarchy hierarchy)
    {
        text.Line(1, "hierarchy " + Name(hierarchy.Name))
            .Property(2, "lineageTag", hierarchy.LineageTag)
            .Blank();
        foreach (var level in hierarchy.Levels)
        {
            text.Line(2, "level " + Name(level.Name))
                .Property(3, "lineageTag", level.LineageTag)
                .Line(3, "column: " + Name(level.Column))
                .Blank();
        }
    }

    private static void Partition(TmdlText text, Partition partition)
    {
        switch (partition.Source)
        {
            case MPartitionSource m:
                text.Line(1, $"partition {Name(partition.Name)} = m")
                    .Property(2, "mode", "import")
                    .Expression(2, "source", m.Expression, 4)
                    .Blank();
                break;
            case CalculationGroupSource:
                text.Line(1, $"partition {Name(partition.Name)} = calculationGroup").Blank();
                break;
        }
    }

    internal static string DataTypeName(DataType type) => type switch
    {
        DataType.String => "string",
        DataType.Int64 => "int64",
        DataType.Decimal => "decimal",
        DataType.Double => "double",
        DataType.DateTime => "dateTime",
        DataType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
