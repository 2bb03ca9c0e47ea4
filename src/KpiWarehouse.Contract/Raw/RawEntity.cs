namespace KpiWarehouse.Contract.Raw;

/// <summary>One canonical raw file: its name, columns and key.</summary>
/// <param name="Name">The entity name, also the file name without <c>.csv</c>.</param>
/// <param name="Columns">The contract's columns, in the contract's order (the order files are written in).</param>
/// <param name="Key">The columns whose values are unique per row; empty when the entity has no key.</param>
/// <param name="IsRequired">Only <c>reps</c> must be present; a missing file means the source lacks that entity.</param>
public sealed record RawEntity(string Name, IReadOnlyList<RawColumn> Columns, IReadOnlyList<string> Key, bool IsRequired = false)
{
    /// <summary>The file name in a raw folder.</summary>
    public string FileName => Name + ".csv";

    /// <summary>The column named <paramref name="name"/> (case-insensitive), or null.</summary>
    public RawColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
