using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Load_SameInputTwice_GivesByteIdenticalParquetAndQuarantine()
    {
        using var temp = TestPaths.Temp();
        var raw = TestPaths.Corpus("cases", "cascade_rejected_reference");
        var input = temp.Sub("raw");
        Folders.Copy(TestPaths.Corpus("base"), input);
        Folders.Copy(raw, input);
        var warehouse = temp.Sub("warehouse");
        var first = WarehouseLoader.Load(new LoadOptions(input, warehouse, MaxRejectRate: 1));
        var second = WarehouseLoader.Load(new LoadOptions(input, warehouse, MaxRejectRate: 1) { Threads = 1 });
        Assert.True(first.IsSuccess && second.IsSuccess);
        Assert.NotEqual(first.Value.Generation, second.Value.Generation);

        Folders.AssertSameParquet(first.Value.GenerationFolder, second.Value.GenerationFolder);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Value.GenerationFolder, "quarantine", "quarantine.csv")),
            File.ReadAllBytes(Path.Combine(second.Value.GenerationFolder, "quarantine", "quarantine.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Value.GenerationFolder, "quarantine", "quarantine.parquet")),
            File.ReadAllBytes(Path.Combine(second.Value.GenerationFolder, "quarantine", "quarantine.parquet")));
    }

    [Fact]
    public void Load_FrenchExportOfSameData_GivesSameParquetAsDefaultLocale()
    {
        using var temp = TestPaths.Temp();
        var standard = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), temp.Sub("standard")));
        var french = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("fr"), temp.Sub("french"), Locale: "fr"));
        Assert.True(standard.IsSuccess, standard.Error?.ToString());
        Assert.True(french.IsSuccess, french.Error?.ToString());
        Assert.Equal(0, french.Value.RowsQuarantined);
        Folders.AssertSameParquet(standard.Value.GenerationFolder, french.Value.GenerationFolder);
    }

    [Fact]
    public void Load_FrenchExportWithoutLocale_FailsWithWrongDelimiter()
    {
        using var temp = TestPaths.Temp();
        var outcome = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("fr"), temp.Sub("w")));
        Assert.False(outcome.IsSuccess);
        Assert.Equal(LoadDiagnostics.WrongDelimiter, outcome.Error!.Code);
        Assert.Contains("--locale fr", outcome.Error.Message);
    }
}
