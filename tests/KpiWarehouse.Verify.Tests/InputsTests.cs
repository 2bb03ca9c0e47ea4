using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Reference.Reading;
using KpiWarehouse.Verify.Grid;
using KpiWarehouse.Verify.Inputs;
using KpiWarehouse.Verify.Tests.Fakes;

namespace KpiWarehouse.Verify.Tests;

/// <summary>The --kpi choice and where the reference reads its rows.</summary>
public sealed class InputsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kpiw-verify-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Select_NoNames_EveryKpi() => Assert.Equal(80, KpiSelection.Select(TestData.Kpis(), null).Value.Count);

    [Fact]
    public void Select_Names_InCatalogOrder() =>
        Assert.Equal(["Revenue", "Win Rate"], KpiSelection.Select(TestData.Kpis(), ["Win Rate", "Revenue"]).Value.Select(k => k.Name));

    [Fact]
    public void Select_UnknownName_IsV001_WithASuggestion()
    {
        var error = KpiSelection.Select(TestData.Kpis(), ["win rate"]).Error!;
        Assert.Equal("KPIW-V001", error.Code);
        Assert.Contains("'Win Rate'", error.Message, StringComparison.Ordinal);
    }

    private WarehouseLocation Warehouse(string manifest, bool quarantine)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "quarantine"));
        File.WriteAllText(Path.Combine(_folder, "manifest.json"), manifest);
        if (quarantine)
            File.WriteAllText(Path.Combine(_folder, "quarantine", "quarantine.csv"), "file,line_number\n");
        return WarehouseLocation.Open(_folder).Value;
    }

    [Fact]
    public void Resolve_FrenchLoadWithQuarantine_ReadsThemFromTheManifest()
    {
        var source = ReferenceSource.Resolve(Warehouse("""{"locale":"fr","quarantine":{"csv_path":"quarantine/quarantine.csv"},"tables":[]}""", true), "/raw").Value;
        Assert.Equal(RawLocale.French, source.Options.Locale);
        Assert.Equal(Path.Combine(_folder, "quarantine", "quarantine.csv"), source.Options.QuarantinePath);
        Assert.Equal(Path.GetFullPath("/raw"), source.RawFolder);
    }

    [Fact]
    public void Resolve_DefaultLocaleNoQuarantine_InvariantAndNoQuarantine()
    {
        var source = ReferenceSource.Resolve(Warehouse("""{"locale":"default","tables":[]}""", false), "/raw").Value;
        Assert.Equal((RawLocale.Invariant, (string?)null), (source.Options.Locale, source.Options.QuarantinePath));
    }

    [Fact]
    public void Resolve_NoRawFolderAnywhere_IsV002() =>
        Assert.Equal("KPIW-V002", ReferenceSource.Resolve(Warehouse("""{"tables":[]}""", false), null).Error?.Code);

    [Fact]
    public void Resolve_ManifestRecordsRawFolder_UsesIt() =>
        Assert.Equal(Path.GetFullPath("/data/raw"), ReferenceSource.Resolve(Warehouse("""{"raw_folder":"/data/raw","tables":[]}""", false), null).Value.RawFolder);
}
