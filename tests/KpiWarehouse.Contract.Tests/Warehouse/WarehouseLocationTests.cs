using KpiWarehouse.Contract.Warehouse;

namespace KpiWarehouse.Contract.Tests.Warehouse;

/// <summary>How readers find the published generation of a warehouse folder.</summary>
public sealed class WarehouseLocationTests : IDisposable
{
    private const string Manifest = """
        { "generation": "g2", "tables": [ { "name": "dim_rep", "rows": 3, "path": "parquet/dim_rep",
          "columns": [ { "name": "rep_key", "type": "INTEGER" }, { "name": "rep_name", "type": "VARCHAR" } ] } ] }
        """;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("kpiw-warehouse-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Open_PointerFileNamingAGeneration_ReadsThatGenerationsManifest()
    {
        WriteGeneration("generations/g1", Manifest.Replace("g2", "g1"));
        WriteGeneration("generations/g2", Manifest);
        File.WriteAllText(Path.Combine(_root.FullName, "current"), "generations/g2\n");

        var location = WarehouseLocation.Open(_root.FullName);

        Assert.True(location.IsSuccess, location.Error?.ToString());
        Assert.Equal("g2", location.Value.Manifest.Generation);
        Assert.Equal(Path.Combine(_root.FullName, "generations", "g2", "parquet", "dim_rep"),
            location.Value.Resolve(location.Value.Manifest.Table("dim_rep")!.Path));
        Assert.Equal(["rep_key", "rep_name"], location.Value.Manifest.Table("dim_rep")!.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Open_PointerSymlinkToAGeneration_ResolvesTheLinkTarget()
    {
        WriteGeneration("generations/g2", Manifest);
        Directory.CreateSymbolicLink(Path.Combine(_root.FullName, "current"), Path.Combine(_root.FullName, "generations", "g2"));

        var location = WarehouseLocation.Open(_root.FullName);

        Assert.True(location.IsSuccess, location.Error?.ToString());
        Assert.Equal(Path.Combine(_root.FullName, "generations", "g2"), location.Value.GenerationFolder);
    }

    [Fact]
    public void Open_FolderWithoutPublishedGeneration_ReturnsW001SayingToLoadFirst()
    {
        var location = WarehouseLocation.Open(_root.FullName);

        Assert.Equal("KPIW-W001", location.Error!.Code);
        Assert.Contains("kpiw load", location.Error.Message);
    }

    [Fact]
    public void Open_GenerationWithBrokenManifest_ReturnsW003()
    {
        WriteGeneration("generations/g1", "{ \"tables\": [ ");
        File.WriteAllText(Path.Combine(_root.FullName, "current"), "generations/g1");

        Assert.Equal("KPIW-W003", WarehouseLocation.Open(_root.FullName).Error!.Code);
    }

    [Fact]
    public void Open_PointerToAMissingGeneration_ReturnsW001()
    {
        File.WriteAllText(Path.Combine(_root.FullName, "current"), "generations/gone");

        Assert.Equal("KPIW-W001", WarehouseLocation.Open(_root.FullName).Error!.Code);
    }

    [Fact]
    public void Open_PointerFileWithABareGenerationId_LooksUnderGenerations()
    {
        WriteGeneration("generations/000007", Manifest);
        File.WriteAllText(Path.Combine(_root.FullName, "current"), "000007");

        Assert.Equal(Path.Combine(_root.FullName, "generations", "000007"), WarehouseLocation.Open(_root.FullName).Value.GenerationFolder);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{ "generation": "x" }""")]
    [InlineData("""{ "tables": [ { "name": "dim_date" } ] }""")]
    [InlineData("""{ "tables": [ null ] }""")]
    public void Parse_ManifestWithoutTheDocumentedShape_ReturnsW003(string json) =>
        Assert.Equal("KPIW-W003", WarehouseManifest.Parse(json, "manifest.json").Error?.Code);

    private void WriteGeneration(string relative, string manifest)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, relative));
        File.WriteAllText(Path.Combine(folder.FullName, "manifest.json"), manifest);
    }
}
