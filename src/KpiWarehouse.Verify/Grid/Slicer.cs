using KpiWarehouse.Reference.Cells;

namespace KpiWarehouse.Verify.Grid;

/// <summary>
/// A column the grid slices by: its model name (model-contract.md) and the reference dimension attribute that holds
/// the same members. <see cref="None"/> is the cell without a slicer.
/// </summary>
public sealed record Slicer(string Table, string Column, Dimension? Dimension)
{
    /// <summary>No slicer: one member, the whole dimension.</summary>
    public static Slicer None { get; } = new("", "", null);

    /// <summary>The slicers of the grid, in report order.</summary>
    public static IReadOnlyList<Slicer> All { get; } =
    [
        new("Customer", "Region", Reference.Cells.Dimension.Customer),
        new("Customer", "Segment", Reference.Cells.Dimension.Customer),
        new("Rep", "Team", Reference.Cells.Dimension.Rep),
        new("Rep", "Rep Name", Reference.Cells.Dimension.Rep),
        new("Product", "Product Line", Reference.Cells.Dimension.Product),
        new("Channel", "Channel", Reference.Cells.Dimension.Channel),
    ];

    /// <summary>'Rep'[Rep Name], the slicer of the target and per-rep checks.</summary>
    public static Slicer RepName { get; } = All[3];

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => Dimension is null;

    /// <summary>
    /// The slicer's name in the warehouse's <c>kpi_monthly</c> table (its <c>dimension</c> column): <c>All</c> for
    /// <see cref="None"/>, the column when it already names its table (<c>Rep Name</c>, <c>Channel</c>), else table and
    /// column (<c>Customer Region</c>, <c>Rep Team</c>).
    /// </summary>
    public string SqlDimension => IsNone ? "All" : Column.StartsWith(Table, StringComparison.Ordinal) ? Column : $"{Table} {Column}";

    /// <summary>The slicer as reports show it: <c>'Customer'[Region]</c>, or <c>(none)</c>.</summary>
    public string Label => IsNone ? "(none)" : $"'{Table}'[{Column}]";
}
