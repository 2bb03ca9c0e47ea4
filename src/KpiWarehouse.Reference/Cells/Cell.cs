namespace KpiWarehouse.Reference.Cells;

/// <summary>
/// One filter context: the dates selected on 'Date' (null = nothing selected = every date of the date table) and
/// member filters on the dimensions. Several filters intersect, on one dimension or across dimensions.
/// <paramref name="Security"/> (optional, a filter on <see cref="Dimension.Rep"/>) is row-level security: it hides rows
/// of facts related to Rep whose rep is not visible (an empty rep key is never visible); it is never removed by the
/// KPI's Dims or by measure-level filter removal (REMOVEFILTERS/ALL); facts not related to Rep (subscription events,
/// spend, surveys) are untouched, and so are the dimension tables and the columns computed at load time.
/// </summary>
public sealed record Cell(DateSet? Dates, IReadOnlyList<MemberFilter> Filters, MemberFilter? Security = null)
{
    /// <summary>No date selected and no filter.</summary>
    public static Cell All { get; } = new(null, []);

    /// <summary>A cell with dates and no member filter.</summary>
    public static Cell For(DateSet dates) => new(dates, []);

    /// <summary>This cell with one more member filter.</summary>
    public Cell With(MemberFilter filter) => this with { Filters = [.. Filters, filter] };

    /// <summary>This cell with one more filter to a single value.</summary>
    public Cell With(Dimension dimension, string attribute, string? value) => With(new MemberFilter(dimension, attribute, value));

    /// <summary>This cell under row-level security that lets only the reps <paramref name="security"/> keeps be seen.</summary>
    public Cell Secured(MemberFilter security) => this with { Security = security };

    /// <summary>The dimensions this cell filters.</summary>
    public IEnumerable<Dimension> FilteredDimensions => Filters.Select(f => f.Dimension).Distinct();

    /// <summary>The cell as <c>2024-03-01..2024-03-31; 'Customer'[Region] in {North}</c>.</summary>
    public override string ToString() =>
        string.Join("; ", new[] { Dates?.ToString() ?? "all dates" }.Concat(Filters.Select(f => f.ToString()))
            .Concat(Security is null ? [] : ["RLS " + Security]));
}
