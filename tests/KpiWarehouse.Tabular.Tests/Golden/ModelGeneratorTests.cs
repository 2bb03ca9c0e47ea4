using KpiWarehouse.Tabular.Pbip;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Golden;

public sealed class ModelGeneratorTests
{
    [Fact]
    public void Generate_NoLocationGiven_ParameterDefaultsToTheGenerationFolder()
    {
        var files = ModelGenerator.Generate(Repo.FixtureWarehouse, Models.Catalog).Value;

        var expressions = files.Single(f => f.Path.EndsWith("definition/expressions.tmdl", StringComparison.Ordinal)).Content;
        var generation = Path.Combine(Repo.FixtureWarehouse, "generations", "fixture");
        Assert.Contains($"expression 'Warehouse Folder' = \"{generation}\" meta [IsParameterQuery=true", expressions);
    }

    [Fact]
    public void Generate_NoWarehouse_FailsWithM001() =>
        Assert.Equal("KPIW-M001", ModelGenerator.Generate("/no/such/warehouse", Models.Catalog).Error?.Code);

    [Fact]
    public void WriteTo_PreviousRunLeftATableFile_RemovesItAndKeepsOtherFiles()
    {
        var folder = Models.TempFolder();
        try
        {
            var files = PbipWriter.Write(Models.Database);
            var stale = Path.Combine(folder, "KpiWarehouse.SemanticModel", "definition", "tables", "Old Table.tmdl");
            var mine = Path.Combine(folder, "notes.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
            File.WriteAllText(stale, "table 'Old Table'\n");
            File.WriteAllText(mine, "kept");

            PbipWriter.WriteTo(folder, files);

            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(mine));
            Assert.Equal(files.Count, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() - 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
