namespace KpiWarehouse.Query.Model;

/// <summary>
/// A relationship: <see cref="FromTable"/>[<see cref="FromColumn"/>] (by default the many side) to
/// <see cref="ToTable"/>[<see cref="ToColumn"/>] (by default the one side). Defaults are TMSL's:
/// active, filtering one direction (from the one side to the many side), many-to-one.
/// </summary>
public sealed record ModelRelationship(
    string Name,
    string FromTable,
    string FromColumn,
    string ToTable,
    string ToColumn,
    bool IsActive,
    CrossFilteringBehavior CrossFilteringBehavior,
    RelationshipCardinality FromCardinality,
    RelationshipCardinality ToCardinality);

/// <summary>TMSL <c>crossFilteringBehavior</c>.</summary>
public enum CrossFilteringBehavior
{
    OneDirection,
    BothDirections,
    Automatic,
}

/// <summary>TMSL <c>fromCardinality</c> / <c>toCardinality</c>.</summary>
public enum RelationshipCardinality
{
    None,
    One,
    Many,
}
