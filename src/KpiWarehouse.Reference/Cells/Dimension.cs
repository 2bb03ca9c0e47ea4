namespace KpiWarehouse.Reference.Cells;

/// <summary>The dimensions a cell may filter (kpi-catalog.md's Dims: C, R, Pr, Ch).</summary>
public enum Dimension
{
    /// <summary>'Customer' (C).</summary>
    Customer,
    /// <summary>'Rep' (R).</summary>
    Rep,
    /// <summary>'Product' (Pr).</summary>
    Product,
    /// <summary>'Channel' (Ch).</summary>
    Channel,
}
