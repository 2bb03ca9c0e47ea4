using KpiWarehouse.Reference;
using KpiWarehouse.Reference.Reading;
using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Verify.Tests.Fakes;

/// <summary>
/// A small raw data set (Data/raw: all 15 canonical files, a few rows each, with two quarantined rows; a copy of the
/// reference's hand-computed set) and the calculator over it.
/// </summary>
public static class TestData
{
    public static string RawFolder => Path.Combine(AppContext.BaseDirectory, "Data", "raw");

    public static string QuarantinePath => Path.Combine(AppContext.BaseDirectory, "Data", "quarantine.csv");

    private static readonly Lazy<RawDataSet> Rows = new(() =>
        RawDataReader.Read(RawFolder, new RawReadOptions(QuarantinePath: QuarantinePath)).Value);

    public static RawDataSet Data => Rows.Value;

    /// <summary>A fresh calculator (its per-cell cache is per instance).</summary>
    public static ReferenceCalculator Calculator() => ReferenceCalculator.Create(Data);

    /// <summary>Every KPI of the shipped catalog (models/kpi-catalog.json) with its Dims, "additive" and target.</summary>
    public static IReadOnlyList<Grid.VerifiedKpi> Kpis() => Grid.VerifiedKpi.FromCatalog(Catalog.CatalogReader.ReadEmbedded().Value).Value;
}
