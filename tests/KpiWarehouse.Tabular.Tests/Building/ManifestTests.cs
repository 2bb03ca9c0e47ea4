using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Catalog;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Building;

public sealed class ManifestTests
{
    [Fact]
    public void Schema_FixtureWarehouse_ListsEveryStarTableWithColumnsAndFiles()
    {
        var location = WarehouseLocation.Open(Repo.FixtureWarehouse);

        Assert.Equal(Path.Combine(Repo.FixtureWarehouse, "generations", "fixture"), location.Value.GenerationFolder);
        var schema = ManifestReader.Schema(location.Value.Manifest);
        Assert.Equal("year", schema.Find("fct_sales")!.PartitionedBy);
        Assert.Equal("DECIMAL(18,4)", schema.Find("fct_sales")!.Find("revenue_amount")!.Type);
        Assert.NotEmpty(schema.Find("dim_date")!.Files);
    }

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
