namespace KpiWarehouse.Tabular.Model;

/// <summary>A culture's translations of the model's captions, descriptions and display folders.</summary>
public sealed class Culture
{
    public required string Name { get; init; }

    /// <summary>Per table, in model order.</summary>
    public List<TableTranslation> Tables { get; } = [];
}

/// <summary>What a culture shows for one object; null members are not translated.</summary>
public sealed record Translation(string? Caption, string? Description = null, string? DisplayFolder = null);

/// <summary>A table's translations and those of its columns, measures and hierarchies.</summary>
public sealed class TableTranslation
{
    public required string Table { get; init; }

    public required Translation Translation { get; init; }

    public List<(string Name, Translation Translation)> Columns { get; } = [];

    public List<(string Name, Translation Translation)> Measures { get; } = [];

    public List<HierarchyTranslation> Hierarchies { get; } = [];
}

/// <summary>A hierarchy's caption and its levels' captions.</summary>
public sealed class HierarchyTranslation
{
    public required string Hierarchy { get; init; }

    public required string Caption { get; init; }

    public List<(string Name, string Caption)> Levels { get; } = [];
}
