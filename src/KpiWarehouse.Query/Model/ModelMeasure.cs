namespace KpiWarehouse.Query.Model;

/// <summary>A measure.</summary>
/// <param name="Table">The table the measure belongs to (its home table; DAX refers to it by name alone).</param>
/// <param name="FormatStringExpression">A dynamic format string (<c>formatStringDefinition</c>), when there is one.</param>
public sealed record ModelMeasure(
    string Table,
    string Name,
    DaxFormula Expression,
    string? FormatString,
    DaxFormula? FormatStringExpression,
    bool IsHidden,
    string? DisplayFolder,
    ModelKpi? Kpi);

/// <summary>The KPI of a measure: a target, a status (−1, 0, 1) and optionally a trend, each a DAX expression.</summary>
public sealed record ModelKpi(
    DaxFormula? TargetExpression,
    string? TargetFormatString,
    DaxFormula? StatusExpression,
    string? StatusGraphic,
    DaxFormula? TrendExpression,
    string? TrendGraphic);
