namespace KpiWarehouse.Verify.Sql;

/// <summary>
/// One row of the warehouse's <c>kpi_monthly</c> table (docs/star-schema.md): a KPI's value in one month, for all
/// rows (<paramref name="Dimension"/> <c>All</c>, <paramref name="Member"/> null) or one member of a slicer column.
/// </summary>
/// <param name="Kpi">The KPI's catalog name.</param>
/// <param name="Month">The first day of the month.</param>
/// <param name="Dimension"><c>All</c>, or the slicer column as <see cref="Grid.Slicer.SqlDimension"/> names it (<c>Customer Region</c>).</param>
/// <param name="Member">The member; null for <c>All</c>.</param>
/// <param name="Value">The value; null is BLANK (the table leaves BLANK cells out, so it should not occur).</param>
public sealed record KpiMonthlyRow(string Kpi, DateOnly Month, string Dimension, string? Member, double? Value);
