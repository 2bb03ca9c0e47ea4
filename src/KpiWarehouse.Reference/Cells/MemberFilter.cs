namespace KpiWarehouse.Reference.Cells;

/// <summary>
/// Keeps the members of <paramref name="Dimension"/> whose <paramref name="Attribute"/> (the model's display name,
/// e.g. <c>Region</c>) is one of <paramref name="Values"/>; a null value selects members whose attribute is empty.
/// Values match exactly (ordinal), as the dimension stores them.
/// </summary>
public sealed record MemberFilter(Dimension Dimension, string Attribute, IReadOnlyCollection<string?> Values)
{
    /// <summary>A filter to one value.</summary>
    public MemberFilter(Dimension dimension, string attribute, string? value) : this(dimension, attribute, [value]) { }

    /// <summary>The filter as <c>'Customer'[Region] in {North}</c>.</summary>
    public override string ToString() =>
        $"'{Dimension}'[{Attribute}] in {{{string.Join(", ", Values.Select(v => v ?? "(empty)"))}}}";
}
