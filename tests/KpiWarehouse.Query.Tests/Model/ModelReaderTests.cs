using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Query.Model;

namespace KpiWarehouse.Query.Tests.Model;

public sealed class ModelReaderTests
{
    private static SemanticModel Fixture()
    {
        var outcome = ModelReader.ReadFile(ModelFiles.Path("Fixtures", "sales-model.bim"));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    }

    [Fact]
    public void HandWrittenModel_Read_MatchesGoldenListing() =>
        ModelFiles.AssertGolden(ModelFiles.Path("Fixtures", "sales-model.expected"), ModelDump.Write(Fixture()));

    [Fact]
    public void PartitionM_FileOrFolderUnderParameter_GivesTheWarehouseSource()
    {
        var model = Fixture();
        Assert.Equal(new TableSource("dim_date", "parquet/dim_date/data.parquet", false, "Warehouse Folder", "partition"), model.FindTable("Date")!.Source);
        Assert.Equal(new TableSource("fct_sales", "parquet/fct_sales", true, "Warehouse Folder", "partition"), model.FindTable("sales data")!.Source);
    }

    [Fact]
    public void SourceTableAnnotation_WinsOverThePartition() =>
        Assert.Equal(new TableSource("dim_rep", "parquet/dim_rep", true, null, "annotation"), Fixture().FindTable("Rep")!.Source);

    [Fact]
    public void CalculatedAndCalculationGroupTables_HaveNoWarehouseSource()
    {
        var model = Fixture();
        Assert.Null(model.FindTable("Top Reps")!.Source);
        Assert.NotNull(model.FindTable("Top Reps")!.CalculatedExpression?.Tree);
        Assert.Null(model.FindTable("Time Intelligence")!.Source);
    }

    [Fact]
    public void Relationship_WithoutOptionalProperties_TakesTmslDefaults()
    {
        var relationship = Fixture().Relationships[0];
        Assert.True(relationship.IsActive);
        Assert.Equal(CrossFilteringBehavior.OneDirection, relationship.CrossFilteringBehavior);
        Assert.Equal((RelationshipCardinality.Many, RelationshipCardinality.One), (relationship.FromCardinality, relationship.ToCardinality));
    }

    [Fact]
    public void ExpressionWrittenAsArrayOfLines_IsJoinedWithNewlines()
    {
        var status = Fixture().FindMeasure("Revenue")!.Kpi!.StatusExpression!;
        Assert.Equal("VAR ratio = DIVIDE ( [Revenue], 1000 )\nRETURN IF ( ratio >= 1, 1, IF ( ratio >= 0.9, 0, -1 ) )", status.Text);
        Assert.IsType<VarExpression>(status.Tree);
    }

    [Fact]
    public void MeasureThatDoesNotParse_KeepsItsErrorAndTheModelStillLoads()
    {
        var broken = Fixture().FindMeasure("Broken")!.Expression;
        Assert.Null(broken.Tree);
        Assert.Equal(("DAX0003", 2, 1), (broken.Error!.Code, broken.Error.Line!.Value, broken.Error.Column!.Value));
        Assert.Single(Fixture().Formulas(), f => f.Formula.Error is not null);
    }

    [Fact]
    public void TextParameter_EscapedQuotes_AreUnescaped() =>
        Assert.Equal("/data/ware\"house", Assert.Single(Fixture().Parameters).Value);

    [Fact]
    public void DeployScript_CreateOrReplace_ReadsTheDatabaseInside()
    {
        var bim = File.ReadAllText(ModelFiles.Path("Fixtures", "sales-model.bim"));
        var script = "{ \"createOrReplace\": { \"object\": { \"database\": \"Sales Fixture\" }, \"database\": " + bim + " } }";
        var outcome = ModelReader.Read(script, "deploy.tmsl.json");
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.Equal(ModelDump.Write(Fixture()), ModelDump.Write(outcome.Value));
    }

    [Fact]
    public void Folder_HoldingModelBim_ReadsIt()
    {
        var outcome = ModelReader.ReadFile(ModelFiles.Path("Fixtures", "generated"));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
    }

    [Fact]
    public void Folder_WithoutModelBim_IsKpiwQ101() =>
        Assert.Equal("KPIW-Q101", ModelReader.ReadFile(ModelFiles.Path("cases")).Error!.Code);

    [Fact]
    public void MissingFile_IsKpiwQ101()
    {
        var outcome = ModelReader.ReadFile(ModelFiles.Path("Fixtures", "no-such-model.bim"));
        Assert.Equal("KPIW-Q101", outcome.Error!.Code);
    }
}
