using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Query.Model;

namespace KpiWarehouse.Query.Tests.Model;

public sealed class TmdlReaderTests
{
    private static SemanticModel Read(Outcome<SemanticModel> outcome)
    {
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    }

    [Fact]
    public void GeneratedModel_TmdlAndBim_DescribeTheSameModel()
    {
        var fromTmdl = ModelDump.Write(Read(ModelReader.ReadTmdl(ModelFiles.Path("Fixtures", "generated", "definition"))));
        var fromBim = ModelDump.Write(Read(ModelReader.ReadFile(ModelFiles.Path("Fixtures", "generated", "model.bim"))));
        // The generator writes calculation item ordinals to model.bim only; TMDL keeps their order by position.
        Assert.Equal(WithoutOrdinals(fromBim), WithoutOrdinals(fromTmdl));
    }

    [Fact]
    public void PbipFolder_WithoutModelBim_ReadsTheTmdlDefinition()
    {
        var model = Read(ModelReader.ReadFile(ModelFiles.Path("Fixtures", "generated", "definition")));
        Assert.Equal(80, model.Measures.Count());
        Assert.Equal(["Rep", "Manager"], model.Roles.Select(r => r.Name));
    }

    private static string WithoutOrdinals(string dump) =>
        System.Text.RegularExpressions.Regex.Replace(dump, @" ordinal \d* =", " ordinal =");

    [Fact]
    public void Tmdl_MultiLineFencedAndQuotedForms_AreRead()
    {
        const string table = """
            table 'O''Brien Sales'
            	isHidden

            	column Amount
            		dataType: decimal
            		sourceColumn: amount

            	column 'Amount x2' =
            			'O''Brien Sales'[Amount]

            			* 2
            		dataType: decimal

            	measure Total =
            			VAR x = SUM ( 'O''Brien Sales'[Amount] )
            			RETURN
            			    x
            		formatString: "#,0.00"

            	measure Fenced = ```
            			CALCULATE (
            			    [Total]
            			)
            			```
            		isHidden

            	partition 'O''Brien Sales' = m
            		mode: import
            		source =
            				let
            				    Source = Parquet.Document ( File.Contents ( Folder & "/parquet/fct_obrien/data.parquet" ) )
            				in
            				    Source

            """;
        var model = Read(ReadTmdlText(("tables/obrien.tmdl", table)));
        var sales = Assert.Single(model.Tables);
        Assert.Equal(("O'Brien Sales", true), (sales.Name, sales.IsHidden));
        Assert.Equal("'O''Brien Sales'[Amount]\n\n* 2", sales.FindColumn("Amount x2")!.Expression!.Text);
        Assert.Equal("VAR x = SUM ( 'O''Brien Sales'[Amount] )\nRETURN\n    x", model.FindMeasure("Total")!.Expression.Text);
        Assert.Equal("#,0.00", model.FindMeasure("Total")!.FormatString);
        Assert.Equal("CALCULATE (\n    [Total]\n)", model.FindMeasure("Fenced")!.Expression.Text);
        Assert.True(model.FindMeasure("Fenced")!.IsHidden);
        Assert.Equal("parquet/fct_obrien/data.parquet", sales.Source!.RelativePath);
    }

    [Fact]
    public void Tmdl_CalculatedTableColumnAndSelectionExpressions_AreRead()
    {
        var table = """
            table Scale
            	calculationGroup
            		precedence: 1
            		multipleOrEmptySelectionExpression = BLANK ()
            		noSelectionExpression =
            				SELECTEDMEASURE ()
            				    + 0.5

            		calculationItem Units = SELECTEDMEASURE ()

            	column Scale
            		dataType: string
            		sourceColumn: Name

            table Orders
            	column Quantity
            		dataType: int64
            		sourceColumn: [Quantity]
            	column Double = Orders[Quantity] * 2
            		dataType: int64

            	partition Orders = calculated
            		source = DATATABLE ( "Quantity", INTEGER, { { 1 }, { 2 } } )

            """;
        var model = Read(ReadTmdlText(("tables/t.tmdl", table)));
        var group = model.FindTable("Scale")!.CalculationGroup!;
        Assert.Equal(("BLANK ()", "SELECTEDMEASURE ()\n    + 0.5"), (group.MultipleOrEmptySelectionExpression!.Text, group.NoSelectionExpression!.Text));
        var orders = model.FindTable("Orders")!;
        Assert.Equal("DATATABLE ( \"Quantity\", INTEGER, { { 1 }, { 2 } } )", orders.CalculatedExpression!.Text);
        Assert.Equal((ColumnKind.CalculatedTableColumn, ColumnKind.Calculated), (orders.FindColumn("Quantity")!.Kind, orders.FindColumn("Double")!.Kind));
        Assert.Equal("Orders[Quantity] * 2", orders.FindColumn("Double")!.Expression!.Text);
    }

    [Theory]
    [InlineData("table T\n\tcolumn C\n\t\tdataType float\n", "tables/t.tmdl:3: KPIW-Q108: cannot read TMDL: 'dataType' is neither an object type nor followed by ':' or '='")]
    [InlineData("\tdataType: string\n", "tables/t.tmdl:1: KPIW-Q108: cannot read TMDL: the property 'dataType' belongs to no object")]
    [InlineData("table 'T' x\n", "tables/t.tmdl:1: KPIW-Q108: cannot read TMDL: expected '=' or the end of the line after table T, found 'x'")]
    public void Tmdl_LineItCannotRead_IsKpiwQ108WithFileAndLine(string text, string expected)
    {
        var outcome = ReadTmdlText(("tables/t.tmdl", text));
        Assert.Equal(expected, outcome.Error?.ToString());
    }

    private static Outcome<SemanticModel> ReadTmdlText(params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpiw-tmdl-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (path, text) in files)
            {
                var file = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            return ModelReader.ReadTmdl(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
