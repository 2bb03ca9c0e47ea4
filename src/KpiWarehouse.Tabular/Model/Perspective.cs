namespace KpiWarehouse.Tabular.Model;

/// <summary>A perspective: the subset of tables, columns, measures and hierarchies one audience sees.</summary>
public sealed class Perspective
{
    public required string Name { get; init; }

    public List<PerspectiveTable> Tables { get; } = [];
}

/// <summary>The members of one table a perspective shows.</summary>
public sealed class PerspectiveTable
{
    public required string Table { get; init; }

    public List<string> Columns { get; } = [];

    public List<string> Measures { get; } = [];

    public List<string> Hierarchies { get; } = [];
}

/// <summary>A row-level-security role: read permission with a DAX row filter per table.</summary>
public sealed class Role
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public string ModelPermission { get; init; } = "read";

    public List<TablePermission> TablePermissions { get; } = [];
}

/// <summary>A role's row filter on one table (a boolean DAX expression evaluated per row).</summary>
public sealed record TablePermission(string Table, string FilterExpression);
