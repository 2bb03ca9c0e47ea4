namespace KpiWarehouse.Query.Model;

/// <summary>The calculation group of a table: items applied to measures in order of <see cref="Precedence"/> across groups.</summary>
/// <param name="MultipleOrEmptySelectionExpression">TMSL <c>multipleOrEmptySelectionExpression</c>: evaluated when several or no items are selected.</param>
/// <param name="NoSelectionExpression">TMSL <c>noSelectionExpression</c>: evaluated when the group is not filtered.</param>
public sealed record CalculationGroup(int Precedence, IReadOnlyList<CalculationItem> Items,
    DaxFormula? MultipleOrEmptySelectionExpression = null, DaxFormula? NoSelectionExpression = null);

/// <summary>A calculation item: an expression around SELECTEDMEASURE(), its position and an optional dynamic format string.</summary>
public sealed record CalculationItem(string Name, DaxFormula Expression, int? Ordinal, DaxFormula? FormatStringExpression);
