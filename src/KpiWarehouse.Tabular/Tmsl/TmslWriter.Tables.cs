using System.Text.Json;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Tmdl;

namespace KpiWarehouse.Tabular.Tmsl;

public static partial class TmslWriter
{
    private static void WriteTable(Utf8JsonWriter w, Table table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        Optional(w, "description", table.Description);
        if (table.IsHidden)
            w.WriteBoolean("isHidden", true);
        w.WriteString("lineageTag", table.LineageTag);
        Optional(w, "dataCategory", table.DataCategory);
        if (table.RefreshPolicy is { } policy)
        {
            w.WriteStartObject("refreshPolicy");
            w.WriteString("policyType", "basic");
            w.WriteString("rollingWindowGranularity", policy.RollingWindowGranularity);
            w.WriteNumber("rollingWindowPeriods", policy.RollingWindowPeriods);
            w.WriteString("incrementalGranularity", policy.IncrementalGranularity);
            w.WriteNumber("incrementalPeriods", policy.IncrementalPeriods);
            w.WriteString("sourceExpression", policy.SourceExpression);
            w.WriteEndObject();
        }
        if (table.CalculationGroup is { } group)
            WriteCalculationGroup(w, group);
        Array(w, "columns", table.Columns, WriteColumn);
        Array(w, "partitions", table.Partitions, WritePartition);
        Array(w, "measures", table.Measures, WriteMeasure);
        Array(w, "hierarchies", table.Hierarchies, WriteHierarchy);
        w.WriteEndObject();
    }

    private static void WriteCalculationGroup(Utf8JsonWriter w, CalculationGroup group)
    {
        w.WriteStartObject("calculationGroup");
        w.WriteNumber("precedence", group.Precedence);
        w.WriteStartArray("calculationItems");
        for (var i = 0; i < group.Items.Count; i++)
        {
            var item = group.Items[i];
            w.WriteStartObject();
            w.WriteString("name", item.Name);
            Optional(w, "description", item.Description);
            w.WriteString("expression", item.Expression);
            w.WriteNumber("ordinal", i);
            if (item.FormatStringExpression is { } format)
            {
                w.WriteStartObject("formatStringDefinition");
                w.WriteString("expression", format);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter w, Column column)
    {
        w.WriteStartObject();
        w.WriteString("name", column.Name);
        w.WriteString("dataType", TmdlWriter.DataTypeName(column.DataType));
        Optional(w, "description", column.Description);
        if (column.IsHidden)
            w.WriteBoolean("isHidden", true);
        if (column.IsKey)
            w.WriteBoolean("isKey", true);
        w.WriteString("sourceColumn", column.SourceColumn);
        Optional(w, "formatString", column.FormatString);
        Optional(w, "displayFolder", column.DisplayFolder);
        Optional(w, "sortByColumn", column.SortByColumn);
        w.WriteString("lineageTag", column.LineageTag);
        w.WriteString("summarizeBy", column.SummarizeBy == SummarizeBy.Sum ? "sum" : "none");
        w.WriteEndObject();
    }

    private static void WritePartition(Utf8JsonWriter w, Partition partition)
    {
        w.WriteStartObject();
        w.WriteString("name", partition.Name);
        if (partition.Source is MPartitionSource)
            w.WriteString("mode", "import");
        w.WriteStartObject("source");
        switch (partition.Source)
        {
            case MPartitionSource m:
                w.WriteString("type", "m");
                w.WriteString("expression", m.Expression);
                break;
            case CalculationGroupSource:
                w.WriteString("type", "calculationGroup");
                break;
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter w, Measure measure)
    {
        w.WriteStartObject();
        w.WriteString("name", measure.Name);
        Optional(w, "description", measure.Description);
        w.WriteString("expression", measure.Expression);
        Optional(w, "formatString", measure.FormatString);
        if (measure.IsHidden)
            w.WriteBoolean("isHidden", true);
        Optional(w, "displayFolder", measure.DisplayFolder);
        w.WriteString("lineageTag", measure.LineageTag);
        if (measure.Kpi is { } kpi)
        {
            w.WriteStartObject("kpi");
            Optional(w, "targetDescription", kpi.TargetDescription);
            w.WriteString("targetExpression", kpi.TargetExpression);
            Optional(w, "targetFormatString", kpi.TargetFormatString);
            w.WriteString("statusGraphic", kpi.StatusGraphic);
            w.WriteString("statusExpression", kpi.StatusExpression);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteHierarchy(Utf8JsonWriter w, Hierarchy hierarchy)
    {
        w.WriteStartObject();
        w.WriteString("name", hierarchy.Name);
        w.WriteString("lineageTag", hierarchy.LineageTag);
        w.WriteStartArray("levels");
        for (var i = 0; i < hierarchy.Levels.Count; i++)
        {
            var level = hierarchy.Levels[i];
            w.WriteStartObject();
            w.WriteString("name", level.Name);
            w.WriteNumber("ordinal", i);
            w.WriteString("column", level.Column);
            w.WriteString("lineageTag", level.LineageTag);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
