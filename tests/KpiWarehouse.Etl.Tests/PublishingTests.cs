using System.Diagnostics;
using KpiWarehouse.Etl.Publishing;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

public sealed class PublishingTests
{
    [Fact]
    public void Load_StaleLockOfDeadProcess_IsTakenOver()
    {
        using var temp = TestPaths.Temp();
        var warehouse = temp.Sub("warehouse");
        using (var gone = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!)
        {
            gone.WaitForExit();
            File.WriteAllText(Path.Combine(warehouse, "load.lock"), $"{gone.Id} 2020-01-01T00:00:00.0000000Z\n");
        }
        var outcome = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.False(File.Exists(Path.Combine(warehouse, "load.lock")));
    }

    [Fact]
    public void Load_LockOfLiveProcess_FailsWithOneLineNamingTheHolder()
    {
        using var temp = TestPaths.Temp();
        var warehouse = temp.Sub("warehouse");
        using var held = WarehouseLock.Acquire(warehouse).Value;
        var outcome = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse));
        Assert.False(outcome.IsSuccess);
        Assert.Equal(LoadDiagnostics.WarehouseLocked, outcome.Error!.Code);
        Assert.Contains($"process {Environment.ProcessId}", outcome.Error.Message);
    }

    [Fact]
    public void Load_ManyTimes_KeepsLastThreeGenerations()
    {
        using var temp = TestPaths.Temp();
        var warehouse = temp.Sub("warehouse");
        for (var i = 0; i < 5; i++)
            Assert.True(WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse)).IsSuccess);
        Assert.Equal(["000003", "000004", "000005"],
            Directory.GetDirectories(Path.Combine(warehouse, "generations")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("000005", Generations.Current(warehouse));
    }

    [Fact]
    public void Load_AboveMaxRejectRate_PublishesNothingAndKeepsQuarantineReport()
    {
        using var temp = TestPaths.Temp();
        var warehouse = temp.Sub("warehouse");
        Assert.True(WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse)).IsSuccess);
        var raw = temp.Sub("raw");
        Folders.Copy(TestPaths.Corpus("base"), raw);
        Folders.Copy(TestPaths.Corpus("cases", "broken_reference"), raw);

        var outcome = WarehouseLoader.Load(new LoadOptions(raw, warehouse));

        Assert.False(outcome.IsSuccess);
        Assert.Equal(LoadDiagnostics.RejectRateExceeded, outcome.Error!.Code);
        Assert.Equal("orders.csv", outcome.Error.Location);
        Assert.Contains("1 of 4 rows (25.0 %)", outcome.Error.Message);
        Assert.Equal("000001", Generations.Current(warehouse));
        Assert.Single(Directory.GetDirectories(Path.Combine(warehouse, "generations")));
        var report = QuarantineRow.Read(Path.Combine(warehouse, "rejected"));
        Assert.Equal("orders.csv 5 KPIW-L121 customer_id", report.Select(q => $"{q.File} {q.LineNumber} {q.Rule} {q.Column}").Single());
        Assert.StartsWith("SO3,1,2024-03-05,C99", report[0].RawLine);
    }
}
