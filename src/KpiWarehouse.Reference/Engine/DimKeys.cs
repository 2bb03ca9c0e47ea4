namespace KpiWarehouse.Reference.Engine;

/// <summary>
/// The dimension members a fact row points to, as member numbers; -1 = no member (an empty key, or a key that names
/// no accepted row of the dimension), which is kept when the dimension is not filtered and dropped when it is.
/// Rep = <see cref="NotRelated"/> marks a fact with no relationship to 'Rep': row-level security leaves it alone.
/// </summary>
internal readonly record struct DimKeys(int Customer = -1, int Rep = -1, int Product = -1, int Channel = -1)
{
    /// <summary>The Rep key of a fact not related to 'Rep' (subscription events, spend, surveys).</summary>
    public const int NotRelated = -2;

    public static DimKeys None { get; } = new();
}
