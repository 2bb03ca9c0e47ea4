using KpiWarehouse.Etl.Publishing;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>
/// A load killed (SIGKILL) at any step leaves the published generation complete and readable, and the next
/// load succeeds (taking over the dead load's lock and removing its half-built generation).
/// </summary>
public sealed class FaultTests
{
    public static TheoryData<string> Steps() => new("locked", "read", "validated", "star", "exported", "before-publish");

    [Theory]
    [MemberData(nameof(Steps))]
    public void Load_KilledAtStep_LeavesPreviousGenerationIntactAndNextLoadSucceeds(string step)
    {
        using var temp = TestPaths.Temp();
        var warehouse = temp.Sub("warehouse");
        var first = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse));
        Assert.True(first.IsSuccess, first.Error?.ToString());
        var before = Folders.ParquetFiles(first.Value.GenerationFolder);
        var manifest = File.ReadAllBytes(Path.Combine(first.Value.GenerationFolder, "manifest.json"));

        using (var child = new ChildLoad(TestPaths.Corpus("append", "merged"), warehouse, step))
        {
            child.WaitUntilPaused();
            child.Kill();
        }

        Assert.Equal(first.Value.Generation, Generations.Current(warehouse));
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(first.Value.GenerationFolder, "manifest.json")));
        var after = Folders.ParquetFiles(first.Value.GenerationFolder);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));

        var next = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "merged"), warehouse));
        Assert.True(next.IsSuccess, next.Error?.ToString());
        Assert.Equal(next.Value.Generation, Generations.Current(warehouse));
        if (step != "locked")
            Assert.Contains(next.Value.Warnings, w => w.Code == LoadDiagnostics.BrokenGenerationRemoved);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(warehouse, "generations")).Length);
    }

    [Fact]
    public void Load_WhileAnotherLoadRuns_FailsAtOnceWithLockMessage_AndCorruptsNothing()
    {
        using var temp = TestPaths.Temp();
        var warehouse = temp.Sub("warehouse");
        var first = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse));
        Assert.True(first.IsSuccess, first.Error?.ToString());

        using var running = new ChildLoad(TestPaths.Corpus("append", "merged"), warehouse, "read");
        running.WaitUntilPaused();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var second = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse));
        Assert.False(second.IsSuccess);
        Assert.Equal(LoadDiagnostics.WarehouseLocked, second.Error!.Code);
        Assert.Contains("another load", second.Error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the second load must fail at once, not wait");
        running.Kill();

        Assert.Equal(first.Value.Generation, Generations.Current(warehouse));
        var third = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("base"), warehouse));
        Assert.True(third.IsSuccess, third.Error?.ToString());
        Folders.AssertSameParquet(first.Value.GenerationFolder, third.Value.GenerationFolder);
    }
}
