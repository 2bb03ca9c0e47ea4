namespace KpiWarehouse.Query.Model;

/// <summary>The calculation group of a table: items applied to measures in order of <see cref="Precedence"/> across groups.</summary>
public sealed record CalculationGroup(int Precedence, IReadOnlyList<CalculationItem> Items);

/// <summary>A calculation item: an expression around SELECTEDMEASURE(), its position and an optional dynamic format string.</summary>
public sealed record CalculationItem(string Name, DaxFormula Expression, int? Ordinal, DaxFormula? FormatStringExpression);
