namespace KpiWarehouse.Tabular.Model;

/// <summary>
/// A many-to-one relationship from a fact column to a dimension key, filtering in one direction
/// (dimension → fact); an inactive one is used only through USERELATIONSHIP.
/// </summary>
public sealed class Relationship
{
    /// <summary>A stable identifier (the TMDL and TMSL name).</summary>
    public required string Name { get; init; }

    public required string FromTable { get; init; }

    public required string FromColumn { get; init; }

    public required string ToTable { get; init; }

    public required string ToColumn { get; init; }

    public bool IsActive { get; init; } = true;
}
