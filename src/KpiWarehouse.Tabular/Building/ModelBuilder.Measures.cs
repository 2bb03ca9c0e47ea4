using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Naming;

namespace KpiWarehouse.Tabular.Building;

public static partial class ModelBuilder
{
    // KPI status: 1 on or above target, 0 within 10 % below it, -1 further below; blank without a target.
    private const double NearTarget = 0.9;

    private static Diagnostic? AddMeasures(Context build)
    {
        var table = new Table
        {
            Name = MeasureTable,
            Description = "Every KPI of the catalog, in display folders by audience.",
            LineageTag = LineageTags.For("table", MeasureTable),
        };
        // A measure table needs one column; it is hidden so the table shows only measures.
        table.Columns.Add(new Column
        {
            Name = "Anchor",
            DataType = DataType.String,
            SourceColumn = "Anchor",
            LineageTag = LineageTags.For("column", MeasureTable, "Anchor"),
            IsHidden = true,
        });
        table.Partitions.Add(new Partition
        {
            Name = MeasureTable,
            Source = new MPartitionSource("let\n    Source = #table ( type table [ Anchor = text ], {} )\nin\n    Source"),
        });
        foreach (var kpi in build.Catalog.Kpis)
        {
            table.Measures.Add(new Measure
            {
                Name = kpi.Name,
                Expression = kpi.Dax,
                Description = kpi.Description.English,
                FormatString = kpi.FormatString,
                DisplayFolder = kpi.Folder,
                LineageTag = LineageTags.For("measure", MeasureTable, kpi.Name),
                Kpi = kpi.Target is { } target ? KpiObject(build, kpi, target) : null,
            });
        }
        build.Model.Tables.Add(table);
        return null;
    }

    private static Kpi KpiObject(Context build, KpiDefinition kpi, KpiTarget target)
    {
        var targetExpression = string.Join('\n',
            "CALCULATE (",
            $"    SUM ( {Ref(build, "Targets", "target_amount")} ),",
            $"    KEEPFILTERS ( {Ref(build, "Targets", "metric")} = {Dax.String(target.Metric)} )",
            ")");
        var near = NearTarget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var status = string.Join('\n',
            $"VAR Actual = {Dax.Name(kpi.Name)}",
            "VAR Goal =",
            string.Join('\n', targetExpression.Split('\n').Select(l => "    " + l)),
            "VAR Attainment = DIVIDE ( COALESCE ( Actual, 0 ), Goal )",
            "RETURN",
            $"    IF ( NOT ISBLANK ( Attainment ), SWITCH ( TRUE (), Attainment >= 1, 1, Attainment >= {near}, 0, -1 ) )");
        return new Kpi
        {
            TargetExpression = targetExpression,
            TargetDescription = $"The monthly {target.Metric} targets of the period (Targets).",
            TargetFormatString = kpi.FormatString,
            StatusExpression = status,
        };
    }

    private static Diagnostic? CheckReferences(Context build)
    {
        var measures = build.Model.Tables.SelectMany(t => t.Measures).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var table in build.Model.Tables)
        {
            foreach (var measure in table.Measures)
            {
                var expressions = new[] { measure.Expression, measure.Kpi?.TargetExpression, measure.Kpi?.StatusExpression };
                foreach (var reference in expressions.OfType<string>().SelectMany(DaxReferences.Scan))
                {
                    if (Resolve(build.Model, measures, reference) is { } missing)
                        return ModelDiagnostics.UnknownReference(measure.Name, missing);
                }
            }
        }
        return null;
    }

    /// <summary>Null when <paramref name="reference"/> names an existing object, otherwise how to name what is missing.</summary>
    public static string? Resolve(Model.Model model, IReadOnlySet<string> measures, DaxReference reference)
    {
        if (reference.Table is null)
            return measures.Contains(reference.Name) ? null : $"measure [{reference.Name}]";
        var table = model.Tables.FirstOrDefault(t => string.Equals(t.Name, reference.Table, StringComparison.OrdinalIgnoreCase));
        if (table is null)
            return $"table '{reference.Table}'";
        if (reference.Name.Length == 0 || table.Columns.Any(c => string.Equals(c.Name, reference.Name, StringComparison.OrdinalIgnoreCase)))
            return null;
        return $"column '{reference.Table}'[{reference.Name}]";
    }
}
