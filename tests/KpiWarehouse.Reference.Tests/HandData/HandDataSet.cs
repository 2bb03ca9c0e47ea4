using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Tests.HandData;

/// <summary>The hand-written raw data set of HandData/raw and the cells the hand-computed cases are named by.</summary>
public static class HandDataSet
{
    public static string RawFolder => Path.Combine(AppContext.BaseDirectory, "HandData", "raw");

    public static string QuarantinePath => Path.Combine(AppContext.BaseDirectory, "HandData", "quarantine.csv");

    private static readonly Lazy<ReferenceCalculator> Loaded = new(() =>
        ReferenceCalculator.FromRawFolder(RawFolder, new RawReadOptions(QuarantinePath: QuarantinePath)).Value);

    /// <summary>The calculator over the accepted rows (the quarantined ones left out).</summary>
    public static ReferenceCalculator Calculator => Loaded.Value;

    /// <summary>
    /// The cells by name: a period, then optional <c>| Attribute=Value</c> filters and an optional
    /// <c>| RLS=R1,R2</c>: row-level security letting the listed rep ids be seen.
    /// </summary>
    public static Cell CellNamed(string name)
    {
        var parts = name.Split('|', StringSplitOptions.TrimEntries);
        var cell = new Cell(Period(parts[0]), []);
        foreach (var filter in parts.Skip(1))
        {
            var (attribute, value) = (filter[..filter.IndexOf('=')], filter[(filter.IndexOf('=') + 1)..]);
            cell = attribute == "RLS"
                ? cell.Secured(new MemberFilter(Dimension.Rep, "Rep Id", value.Split(',').Cast<string?>().ToList()))
                : cell.With(DimensionOf(attribute), attribute, value);
        }
        return cell;
    }

    private static DateSet? Period(string period) => period switch
    {
        "all" => null,
        "2024-Q1" => DateSet.Quarter(2024, 1),
        "2024-02-29" => DateSet.Range(new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 29)),
        "2024-03-28" => DateSet.Range(new DateOnly(2024, 3, 28), new DateOnly(2024, 3, 28)),
        "2024-03-29..31" => DateSet.Range(new DateOnly(2024, 3, 29), new DateOnly(2024, 3, 31)),
        _ => DateSet.Month(int.Parse(period[..4]), int.Parse(period[5..])),
    };

    private static Dimension DimensionOf(string attribute) => attribute switch
    {
        "Rep Name" or "Team" => Dimension.Rep,
        "Product Line" => Dimension.Product,
        "Channel" => Dimension.Channel,
        _ => Dimension.Customer,
    };
}
