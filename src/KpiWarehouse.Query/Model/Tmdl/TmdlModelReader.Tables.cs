namespace KpiWarehouse.Query.Model.Tmdl;

internal static partial class TmdlModelReader
{
    private static ModelTable ReadTable(TmdlNode table, TmslErrors errors)
    {
        var partitions = table.ChildrenOf("partition")
            .Select(p => new ModelPartition(p.Name ?? "", p.Value ?? "query", p.Property("source")))
            .ToList();
        var annotations = table.ChildrenOf("annotation")
            .GroupBy(a => a.Name ?? "", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.OrdinalIgnoreCase);
        var calculated = partitions.FirstOrDefault(p => p.SourceType == "calculated")?.Expression;
        var name = table.Name ?? "";
        return new ModelTable(
            name,
            table.Flag("isHidden"),
            table.Property("dataCategory"),
            table.ChildrenOf("column").Select(column => ReadColumn(column, calculated is not null, errors)).ToList(),
            table.ChildrenOf("measure").Select(measure => ReadMeasure(measure, name)).ToList(),
            partitions,
            TableSources.Find(annotations, partitions),
            Formula(calculated),
            table.ChildrenOf("calculationGroup").FirstOrDefault() is { } group ? ReadCalculationGroup(group) : null,
            annotations);
    }

    private static ModelColumn ReadColumn(TmdlNode column, bool inCalculatedTable, TmslErrors errors)
    {
        var kind = column.Value is not null ? ColumnKind.Calculated
            : inCalculatedTable ? ColumnKind.CalculatedTableColumn
            : TmslEnums.Map(column.Property("type"), TmslEnums.ColumnKinds, ColumnKind.Data, errors, column.Location, "type");
        return new ModelColumn(
            column.Name ?? "",
            TmslEnums.Map(column.Property("dataType"), TmslEnums.DataTypes, ModelDataType.Automatic, errors, column.Location, "dataType"),
            kind,
            column.Property("sourceColumn"),
            column.Flag("isHidden"),
            column.Flag("isKey"),
            column.Property("sortByColumn") is { } sortBy ? TmdlNames.ReadName(sortBy, out _) : null,
            column.Property("formatString"),
            Formula(column.Value));
    }

    private static ModelMeasure ReadMeasure(TmdlNode measure, string table) =>
        new(
            table,
            measure.Name ?? "",
            DaxFormula.Parse(measure.Value ?? ""),
            measure.Property("formatString"),
            Formula(measure.Property("formatStringDefinition")),
            measure.Flag("isHidden"),
            measure.Property("displayFolder"),
            measure.ChildrenOf("kpi").FirstOrDefault() is { } kpi
                ? new ModelKpi(
                    Formula(kpi.Property("targetExpression")),
                    kpi.Property("targetFormatString"),
                    Formula(kpi.Property("statusExpression")),
                    kpi.Property("statusGraphic"),
                    Formula(kpi.Property("trendExpression")),
                    kpi.Property("trendGraphic"))
                : null);

    private static CalculationGroup ReadCalculationGroup(TmdlNode group) =>
        new(
            int.TryParse(group.Property("precedence"), out var precedence) ? precedence : 0,
            group.ChildrenOf("calculationItem")
                .Select(item => new CalculationItem(
                    item.Name ?? "",
                    DaxFormula.Parse(item.Value ?? ""),
                    int.TryParse(item.Property("ordinal"), out var ordinal) ? ordinal : null,
                    Formula(item.Property("formatStringDefinition"))))
                .ToList(),
            Formula(group.Property("multipleOrEmptySelectionExpression")),
            Formula(group.Property("noSelectionExpression")));
}
