using KpiWarehouse.Catalog;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Building;

public sealed class ManifestTests
{
    [Fact]
    public void ResolveGeneration_PointerFile_FindsGenerationFolder()
    {
        var generation = ManifestReader.ResolveGeneration(Repo.FixtureWarehouse);

        Assert.Equal(Path.Combine(Repo.FixtureWarehouse, "generations", "fixture"), generation.Value);
    }

    [Fact]
    public void ResolveGeneration_CurrentIsDirectory_UsesIt()
    {
        var folder = Models.TempFolder();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "current"));
            Assert.Equal(Path.Combine(folder, "current"), ManifestReader.ResolveGeneration(folder).Value);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ResolveGeneration_NoWarehouse_FailsWithM001() =>
        Assert.Equal("KPIW-M001", ManifestReader.ResolveGeneration("/no/such/warehouse").Error?.Code);

    [Fact]
    public void ResolveGeneration_NoCurrent_FailsWithM002()
    {
        var folder = Models.TempFolder();
        try
        {
            Assert.Equal("KPIW-M002", ManifestReader.ResolveGeneration(folder).Error?.Code);
            File.WriteAllText(Path.Combine(folder, "current"), "gone");
            Assert.Equal("KPIW-M002", ManifestReader.ResolveGeneration(folder).Error?.Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("{", "KPIW-M003")]
    [InlineData("""{ "generation": "x" }""", "KPIW-M003")]
    [InlineData("""{ "tables": [ { "name": "dim_date" } ] }""", "KPIW-M003")]
    public void Parse_BadManifest_FailsWithM003(string json, string code) =>
        Assert.Equal(code, ManifestReader.Parse(json, "manifest.json").Error?.Code);

    [Fact]
    public void Build_TableMissing_FailsWithM004NamingIt()
    {
        var schema = Models.Schema with { Tables = Models.Schema.Tables.Where(t => t.Name != "fct_quotes").ToList() };

        var build = ModelBuilder.Build(Models.Catalog, schema, new ModelOptions());

        Assert.Equal("KPIW-M004", build.Error?.Code);
        Assert.Contains("fct_quotes", build.Error!.Message);
    }

    [Fact]
    public void Build_MeasureColumnMissing_FailsWithM007()
    {
        var build = ModelBuilder.Build(Models.Catalog, WithoutColumn("fct_sales", "revenue_amount"), new ModelOptions());

        Assert.Equal("KPIW-M007", build.Error?.Code);
    }

    [Fact]
    public void Build_RelationshipDateMissing_FailsWithM005()
    {
        var build = ModelBuilder.Build(Models.Catalog, WithoutColumn("fct_quotes", "decided_date"), new ModelOptions());

        Assert.Equal("KPIW-M005", build.Error?.Code);
    }

    [Theory]
    [InlineData("DOUBLE")]
    [InlineData("FLOAT")]
    [InlineData("BLOB")]
    public void Build_FloatingPointOrUnknownType_FailsWithM006(string type)
    {
        var sales = Models.Schema.Find("fct_sales")!;
        var columns = sales.Columns.Select(c => c.Name == "quantity" ? c with { Type = type } : c).ToList();
        var schema = Models.Schema with { Tables = Models.Schema.Tables.Select(t => t == sales ? t with { Columns = columns } : t).ToList() };

        Assert.Equal("KPIW-M006", ModelBuilder.Build(Models.Catalog, schema, new ModelOptions()).Error?.Code);
    }

    [Fact]
    public void Build_ColumnNameWithLineBreak_FailsWithM008()
    {
        var sales = Models.Schema.Find("fct_sales")!;
        var schema = Models.Schema with
        {
            Tables = Models.Schema.Tables.Select(t => t == sales ? t with { Columns = [.. t.Columns, new WarehouseColumn("bad\nname", "VARCHAR")] } : t).ToList(),
        };

        Assert.Equal("KPIW-M008", ModelBuilder.Build(Models.Catalog, schema, new ModelOptions()).Error?.Code);
    }

    private static WarehouseSchema WithoutColumn(string table, string column) => Models.Schema with
    {
        Tables = Models.Schema.Tables
            .Select(t => t.Name == table ? t with { Columns = t.Columns.Where(c => c.Name != column).ToList() } : t)
            .ToList(),
    };
}
