namespace KpiWarehouse.Reference.Engine;

/// <summary>
/// The dimension members a fact row points to, as member numbers; -1 = no member (an empty key, or a key that names
/// no accepted row of the dimension), which is kept when the dimension is not filtered and dropped when it is.
/// </summary>
internal readonly record struct DimKeys(int Customer = -1, int Rep = -1, int Product = -1, int Channel = -1)
{
    public static DimKeys None { get; } = new();
}
