namespace KpiWarehouse.Query.Model;

public static partial class ModelReader
{
    private static ModelTable ReadTable(TmslObject table)
    {
        var name = table.RequiredString("name");
        var partitions = table.Array("partitions").Select(ReadPartition).ToList();
        var annotations = table.Annotations();
        var calculated = partitions.FirstOrDefault(p => p.SourceType == "calculated")?.Expression;
        return new ModelTable(
            name,
            table.Bool("isHidden", false),
            table.String("dataCategory"),
            table.Array("columns").Select(ReadColumn).ToList(),
            table.Array("measures").Select(measure => ReadMeasure(measure, name)).ToList(),
            partitions,
            TableSources.Find(annotations, partitions),
            calculated is null ? null : DaxFormula.Parse(calculated),
            table.Object("calculationGroup") is { } group ? ReadCalculationGroup(group) : null,
            annotations);
    }

    private static ModelColumn ReadColumn(TmslObject column)
    {
        var kind = TmslEnums.Parse(column, "type", TmslEnums.ColumnKinds, ColumnKind.Data);
        return new ModelColumn(
            column.RequiredString("name"),
            TmslEnums.Parse(column, "dataType", TmslEnums.DataTypes, ModelDataType.Automatic),
            kind,
            column.String("sourceColumn"),
            column.Bool("isHidden", false),
            column.Bool("isKey", false),
            column.String("sortByColumn"),
            column.String("formatString"),
            kind == ColumnKind.Calculated ? Formula(column, "expression", required: true) : null);
    }

    private static ModelPartition ReadPartition(TmslObject partition)
    {
        var source = partition.Object("source");
        return new ModelPartition(
            partition.String("name") ?? "",
            source?.String("type") ?? "query",
            source?.Text("expression"));
    }

    private static ModelMeasure ReadMeasure(TmslObject measure, string table) =>
        new(
            table,
            measure.RequiredString("name"),
            Formula(measure, "expression", required: true)!,
            measure.String("formatString"),
            measure.Object("formatStringDefinition") is { } format ? Formula(format, "expression", required: true) : null,
            measure.Bool("isHidden", false),
            measure.String("displayFolder"),
            measure.Object("kpi") is { } kpi ? ReadKpi(kpi) : null);

    private static ModelKpi ReadKpi(TmslObject kpi) =>
        new(
            Formula(kpi, "targetExpression", required: false),
            kpi.String("targetFormatString"),
            Formula(kpi, "statusExpression", required: false),
            kpi.String("statusGraphic"),
            Formula(kpi, "trendExpression", required: false),
            kpi.String("trendGraphic"));

    private static CalculationGroup ReadCalculationGroup(TmslObject group) =>
        new(
            group.Int("precedence") ?? 0,
            group.Array("calculationItems")
                .Select(item => new CalculationItem(
                    item.RequiredString("name"),
                    Formula(item, "expression", required: true)!,
                    item.Int("ordinal"),
                    item.Object("formatStringDefinition") is { } format ? Formula(format, "expression", required: true) : null))
                .ToList(),
            group.Object("multipleOrEmptySelectionExpression") is { } multiple ? Formula(multiple, "expression", required: true) : null,
            group.Object("noSelectionExpression") is { } none ? Formula(none, "expression", required: true) : null);

    /// <summary>A DAX property parsed; a missing required one is KPIW-Q104 (and an empty formula stands in).</summary>
    private static DaxFormula? Formula(TmslObject owner, string property, bool required)
    {
        var text = owner.Text(property);
        if (text is null && required)
        {
            owner.Errors.Add(ModelDiagnostics.BadProperty(owner.Location, property, "a DAX expression"));
            return DaxFormula.Parse("");
        }

        return text is null ? null : DaxFormula.Parse(text);
    }
}
