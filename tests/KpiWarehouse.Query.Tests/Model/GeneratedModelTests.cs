using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Query.Model;

namespace KpiWarehouse.Query.Tests.Model;

/// <summary>
/// The model the project generates (a snapshot, see Fixtures/generated/README.md): every DAX formula in
/// it — the 80 KPI measures, their KPI targets and statuses, the calculation items, the RLS filters —
/// parses, and printing and re-parsing it gives the same tree.
/// </summary>
public sealed class GeneratedModelTests
{
    private static readonly Lazy<SemanticModel> Model = new(() =>
    {
        var outcome = ModelReader.ReadFile(ModelFiles.Path("Fixtures", "generated", "model.bim"));
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    });

    public static TheoryData<string> Owners()
    {
        var data = new TheoryData<string>();
        foreach (var (owner, _) in Model.Value.Formulas())
        {
            data.Add(owner);
        }

        return data;
    }

    [Fact]
    public void GeneratedModel_Read_HasEveryCatalogMeasure() => Assert.Equal(80, Model.Value.Measures.Count());

    [Theory]
    [MemberData(nameof(Owners))]
    public void GeneratedFormula_ParsedPrintedAndReparsed_KeepsItsTree(string owner)
    {
        var formula = Model.Value.Formulas().Single(f => f.Owner == owner).Formula;
        Assert.True(formula.Tree is not null, $"{owner}: {formula.Error}");
        var printed = SyntaxPrinter.Print(formula.Tree);
        var reparsed = DaxParser.ParseExpression(printed);
        Assert.True(reparsed.Success, $"{owner}: the printed text does not parse: {printed}");
        Assert.True(SyntaxEquivalence.AreEquivalent(formula.Tree, reparsed.Tree), $"{owner}: {printed}");
    }

    [Fact]
    public void GeneratedModel_EveryImportedTable_MapsToAWarehouseParquetPath()
    {
        var imported = Model.Value.Tables.Where(t => t.Partitions.Any(p => p.SourceType == "m") && t.Name != "KPI").ToList();
        Assert.NotEmpty(imported);
        Assert.All(imported, table => Assert.True(
            table.Source is { } source && source.RelativePath.StartsWith("parquet/", StringComparison.Ordinal),
            $"'{table.Name}' has no parquet source"));
    }

    [Theory]
    [InlineData("Date", "parquet/dim_date/data.parquet", false)]
    [InlineData("Rep", "parquet/dim_rep/data.parquet", false)]
    [InlineData("Sales", "parquet/fct_sales", true)]
    [InlineData("Activities", "parquet/fct_activities", true)]
    public void GeneratedTable_PartitionUnderWarehouseFolder_MapsToItsStarSchemaPath(string table, string path, bool isFolder)
    {
        var source = Model.Value.FindTable(table)!.Source!;
        Assert.Equal((path, isFolder, "Warehouse Folder"), (source.RelativePath, source.IsFolder, source.Parameter));
    }

    [Fact]
    public void GeneratedModel_DateTable_IsMarkedAndParameterIsRead()
    {
        Assert.True(Model.Value.FindTable("Date")!.IsDateTable);
        Assert.Equal("/warehouse", Model.Value.Parameters.Single(p => p.Name == "Warehouse Folder").Value);
    }
}
