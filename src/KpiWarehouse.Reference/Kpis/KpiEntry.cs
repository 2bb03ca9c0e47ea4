using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Engine;

namespace KpiWarehouse.Reference.Kpis;

/// <summary>One KPI of the catalog: its number, exact name, section, the dimensions that filter it and its calculation.</summary>
internal sealed record KpiEntry(int Number, string Name, string Section, IReadOnlyList<Dimension> Dims, Func<Scope, decimal?> Compute);

/// <summary>The catalog's Dims codes (C, R, Pr, Ch) as dimension lists.</summary>
internal static class Dims
{
    public static readonly Dimension[] None = [];
    public static readonly Dimension[] C = [Dimension.Customer];
    public static readonly Dimension[] R = [Dimension.Rep];
    public static readonly Dimension[] Ch = [Dimension.Channel];
    public static readonly Dimension[] CR = [Dimension.Customer, Dimension.Rep];
    public static readonly Dimension[] CPr = [Dimension.Customer, Dimension.Product];
    public static readonly Dimension[] RCh = [Dimension.Rep, Dimension.Channel];
    public static readonly Dimension[] CRPr = [Dimension.Customer, Dimension.Rep, Dimension.Product];
}
