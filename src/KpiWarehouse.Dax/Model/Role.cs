namespace KpiWarehouse.Dax.Model;

/// <summary>
/// A security role: per table, a DAX Boolean expression evaluated for each row (in that row's
/// context, usually comparing with USERPRINCIPALNAME()). Rows where it is not TRUE are invisible to
/// the role, and the restriction propagates through relationships like any filter.
/// </summary>
public sealed class Role
{
    internal Role(string name, IReadOnlyDictionary<Table, string> tableFilters)
    {
        Name = name;
        TableFilters = tableFilters;
    }

    /// <summary>The role's name.</summary>
    public string Name { get; }

    /// <summary>The row filter expression of each secured table.</summary>
    public IReadOnlyDictionary<Table, string> TableFilters { get; }

    internal System.Collections.Concurrent.ConcurrentDictionary<Table, object> Bound { get; } = new();
}
