namespace KpiWarehouse.Dax.Query;

/// <summary>How a query runs: as which user, under which security role.</summary>
/// <param name="User">The value of USERPRINCIPALNAME(); null means "".</param>
/// <param name="Role">A role of the model whose row filters apply; null means no security.</param>
public sealed record EvaluateOptions(string? User = null, string? Role = null)
{
    /// <summary>No user, no role.</summary>
    public static readonly EvaluateOptions Default = new();
}
