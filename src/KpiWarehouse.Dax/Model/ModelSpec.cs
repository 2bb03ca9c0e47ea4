using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// Everything of a model that is described by names rather than data: relationships, measures,
/// calculation groups, roles, date tables and calculated objects. A built model keeps it so that
/// a query adding columns (DEFINE COLUMN) can assemble a copy of the model around them.
/// </summary>
internal sealed class ModelSpec
{
    public List<RelationshipSpec> Relationships { get; } = [];

    public List<MeasureSpec> Measures { get; } = [];

    public List<GroupSpec> Groups { get; } = [];

    public List<(string Name, IReadOnlyDictionary<string, string> Filters)> Roles { get; } = [];

    public List<(string Table, string Column)> DateTables { get; } = [];

    public List<CalculatedSpec> Calculated { get; } = [];

    /// <summary>A copy, so that a builder used again does not change the models it built.</summary>
    public ModelSpec Copy()
    {
        var copy = new ModelSpec();
        copy.Relationships.AddRange(Relationships);
        copy.Measures.AddRange(Measures);
        copy.Groups.AddRange(Groups);
        copy.Roles.AddRange(Roles);
        copy.DateTables.AddRange(DateTables);
        copy.Calculated.AddRange(Calculated);
        return copy;
    }
}

internal sealed record RelationshipSpec(string From, string FromColumn, string To, string ToColumn, bool Active, CrossFilterDirection Direction);

internal sealed record MeasureSpec(string Table, string Name, string Expression, string? Format);

internal sealed record GroupSpec(string Table, string Column, int Precedence, IReadOnlyList<CalculationItem> Items, SelectionExpressions Selection);

/// <summary>A calculated column (<see cref="Column"/> set) or a calculated table (<see cref="Column"/> null).</summary>
/// <param name="Span">Where the definition's name is in a query (DEFINE COLUMN), for errors; null for the model's own.</param>
internal sealed record CalculatedSpec(string Table, string? Column, string Expression, DaxType? DataType, Syntax.Expression? Syntax = null,
    Syntax.TextSpan? Span = null)
{
    public bool IsTable => Column is null;

    public string Owner => IsTable ? $"calculated table '{Table}'" : $"calculated column '{Table}'[{Column}]";

    public string Display => IsTable ? $"'{Table}'" : $"'{Table}'[{Column}]";
}
