namespace KpiWarehouse.Tabular.Model;

/// <summary>A user hierarchy; levels are ordered from the top.</summary>
public sealed class Hierarchy
{
    public required string Name { get; init; }

    public required string LineageTag { get; init; }

    public List<Level> Levels { get; } = [];
}

/// <summary>A hierarchy level over one column of the table.</summary>
public sealed record Level(string Name, string Column, string LineageTag);
