using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Verify.Grid;

/// <summary>
/// One value of a grain: its key as the model's 'Date' column shows it (<c>2024</c>, <c>2024-Q1</c>, <c>2024-03</c>;
/// <c>all</c> for all time) and the dates of the date table it selects.
/// </summary>
public sealed record Period(Grain Grain, string Key, DateSet Dates);
