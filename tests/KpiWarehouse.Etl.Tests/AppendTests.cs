using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>
/// corpus/append: batch a (the first load), batch b (new rows and newer versions of existing keys: an open
/// opportunity that has since been won, a customer that changed segment) and merged (a's rows with b's versions
/// replacing them, plus b's new rows) — what a full load of everything would read.
/// </summary>
public sealed class AppendTests
{
    [Fact]
    public void Append_BatchAfterFullLoad_EqualsFullLoadOfMergedInput()
    {
        using var temp = TestPaths.Temp();
        var incremental = temp.Sub("incremental");
        var first = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "a"), incremental));
        Assert.True(first.IsSuccess, first.Error?.ToString());
        var appended = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "b"), incremental, Append: true));
        Assert.True(appended.IsSuccess, appended.Error?.ToString());
        var full = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "merged"), temp.Sub("full")));
        Assert.True(full.IsSuccess, full.Error?.ToString());

        Assert.Equal(full.Value.RowsLoaded, appended.Value.RowsLoaded);
        Assert.True(appended.Value.Files.Sum(f => f.RowsCarried) > 0);
        foreach (var file in appended.Value.Files)
            Assert.Equal(file.RowsRead + file.RowsCarried, file.RowsLoaded + file.RowsQuarantined);
        Folders.AssertSameParquet(full.Value.GenerationFolder, appended.Value.GenerationFolder);
    }

    [Fact]
    public void Append_EmptyBatchAfterAppend_CarriesEveryRowAgain()
    {
        // The first load keeps copies of its raw files, an append keeps its rows in Parquet: carrying from each.
        using var temp = TestPaths.Temp();
        var incremental = temp.Sub("incremental");
        Assert.True(WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "a"), incremental)).IsSuccess);
        var appended = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "b"), incremental, Append: true));
        Assert.True(appended.IsSuccess, appended.Error?.ToString());
        var again = WarehouseLoader.Load(new LoadOptions(temp.Sub("empty"), incremental, Append: true));
        Assert.True(again.IsSuccess, again.Error?.ToString());

        Assert.Equal(appended.Value.RowsLoaded, again.Value.RowsLoaded);
        Assert.Equal(0, again.Value.RowsRead);
        Folders.AssertSameParquet(appended.Value.GenerationFolder, again.Value.GenerationFolder);
    }

    [Fact]
    public void Append_OntoAcceptedRowsStoredAsText_FailsWithOneLineAndKeepsTheWarehouse()
    {
        // An append by an earlier kpiw stored its accepted rows as text; carrying them would skip their parsing.
        using var temp = TestPaths.Temp();
        var incremental = temp.Sub("incremental");
        Assert.True(WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "a"), incremental)).IsSuccess);
        var appended = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "b"), incremental, Append: true));
        Assert.True(appended.IsSuccess, appended.Error?.ToString());
        var accepted = Path.Combine(appended.Value.GenerationFolder, "accepted", "opportunities.parquet");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                copy (select row_id, line_number, columns(* exclude (row_id, line_number))::varchar from read_parquet('{accepted}'))
                to '{accepted}.text' (format parquet)
                """;
            command.ExecuteNonQuery();
        }
        File.Move(accepted + ".text", accepted, overwrite: true);

        var again = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "b"), incremental, Append: true));

        Assert.False(again.IsSuccess);
        Assert.Equal(LoadDiagnostics.AcceptedRowsOutdated, again.Error!.Code);
        Assert.Equal(accepted, again.Error.Location);
        Assert.Equal(appended.Value.GenerationFolder, Path.Combine(incremental, File.ReadAllText(Path.Combine(incremental, "current")).Trim()));
    }

    [Fact]
    public void Append_WithoutPublishedGeneration_FailsWithOneLine()
    {
        using var temp = TestPaths.Temp();
        var outcome = WarehouseLoader.Load(new LoadOptions(TestPaths.Corpus("append", "b"), temp.Sub("w"), Append: true));
        Assert.False(outcome.IsSuccess);
        Assert.Equal(LoadDiagnostics.NothingToAppend, outcome.Error!.Code);
    }
}
