using System.Text;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Dax;

/// <summary>
/// The DAX text of a batch: one query, every KPI of the batch a column. Result columns are read by position: first
/// the grouping columns (the period's, then the slicer's), then one column per KPI in batch order.
/// </summary>
public static class QueryBuilder
{
    /// <summary>The 'Time Intelligence' calculation group's column (model builder, ModelBuilder.TimeIntelligence.cs).</summary>
    public static readonly string TimeCalculationColumn = DaxSyntax.Column("Time Intelligence", "Time Calculation");

    /// <summary>The query listing the date table's dates.</summary>
    public static string DatesQuery { get; } = "EVALUATE\nVALUES ( " + DaxSyntax.Column("Date", "Date") + " )\n";

    /// <summary>
    /// The measure that holds a KPI object's target: Analysis Services exposes a KPI's target expression as the
    /// hidden measure <c>[_&lt;measure&gt; Goal]</c>.
    /// </summary>
    public static string TargetMeasure(string kpi) => $"_{kpi} Goal";

    /// <summary>The number of grouping columns before the first KPI column.</summary>
    public static int GroupingColumnCount(Batch batch) =>
        (batch.Grain == Grain.AllTime ? 0 : 1) + (batch.Slicer.IsNone ? 0 : 1);

    /// <summary>The query of <paramref name="batch"/> restricted to <paramref name="kpis"/> (default: all its KPIs).</summary>
    public static string Build(Batch batch, IReadOnlyList<VerifiedKpi>? kpis = null)
    {
        kpis ??= batch.Kpis;
        var arguments = new List<string>();
        if (batch.Grain.Column() is { } dateColumn)
            arguments.Add(DaxSyntax.Column("Date", dateColumn));
        if (!batch.Slicer.IsNone)
            arguments.Add(DaxSyntax.Column(batch.Slicer.Table, batch.Slicer.Column));
        var groups = arguments.Count;
        if (batch.Check.Kind == CheckKind.TimeItem)
            arguments.Add($"TREATAS ( {{ {DaxSyntax.String(batch.Check.Item!)} }}, {TimeCalculationColumn} )");
        for (var i = 0; i < kpis.Count; i++)
            arguments.Add($"{DaxSyntax.String("m" + i)}, {DaxSyntax.Name(MeasureName(batch.Check, kpis[i]))}");

        // ROW always returns its one row; SUMMARIZECOLUMNS needs a grouping column or a filter to be worth it.
        var function = groups == 0 && batch.Check.Kind != CheckKind.TimeItem ? "ROW" : "SUMMARIZECOLUMNS";
        var text = new StringBuilder("EVALUATE\n").Append(function).Append(" (\n");
        for (var i = 0; i < arguments.Count; i++)
            text.Append("    ").Append(arguments[i]).Append(i < arguments.Count - 1 ? ",\n" : "\n");
        return text.Append(")\n").ToString();
    }

    private static string MeasureName(Check check, VerifiedKpi kpi) =>
        check.Kind == CheckKind.Target ? TargetMeasure(kpi.Name) : kpi.Name;
}
