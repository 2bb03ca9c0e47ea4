using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query.Output;

namespace KpiWarehouse.Query.Tests.Output;

/// <summary>
/// model-contract.md, <c>kpiw query</c>: "CSV output: header row of column names, then rows; BLANK is an empty
/// cell; numbers in invariant culture with full precision."
/// </summary>
public sealed class ResultWriterTests
{
    private static readonly ResultTable Sample = new(
        [new ResultColumn("Customer[Region]"), new ResultColumn("[Win Rate]"), new ResultColumn("[Revenue]"),
         new ResultColumn("[Deals]"), new ResultColumn("[First]"), new ResultColumn("[Flag]")],
        [
            [DaxValue.FromString("Provence-Alpes-Côte d'Azur"), DaxValue.FromDouble(1.0 / 3), DaxValue.FromCurrency(1234.5678m),
             DaxValue.FromInteger(7), DaxValue.FromDate(new DateOnly(2024, 2, 29)), DaxValue.True],
            [DaxValue.FromString("Nord, \"Est\""), DaxValue.Blank, DaxValue.Blank, DaxValue.Blank, DaxValue.Blank, DaxValue.False],
        ]);

    [Fact]
    public void Csv_Values_AreInvariantFullPrecisionWithBlankAsEmptyCell()
    {
        var text = Write(ResultFormat.Csv);

        Assert.Equal(
            "Customer[Region],[Win Rate],[Revenue],[Deals],[First],[Flag]\n" +
            "Provence-Alpes-Côte d'Azur,0.3333333333333333,1234.5678,7,2024-02-29,true\n" +
            "\"Nord, \"\"Est\"\"\",,,,,false\n",
            text);
    }

    [Fact]
    public void Json_Blank_IsNull_AndNumbersAreNumbers()
    {
        var text = Write(ResultFormat.Json);

        using var json = System.Text.Json.JsonDocument.Parse(text);
        var rows = json.RootElement.GetProperty("results")[0].GetProperty("rows");
        Assert.Equal(1234.5678m, rows[0][2].GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[1][1].ValueKind);
        Assert.Equal(7, rows[0][3].GetInt64());
    }

    [Fact]
    public void Table_ShowsBlankAsTheWordAndCountsRows()
    {
        var text = Write(ResultFormat.Table);

        Assert.Contains("(blank)", text);
        Assert.EndsWith("(2 rows)\n", text.Replace("\r\n", "\n"));
    }

    private static string Write(ResultFormat format)
    {
        var output = new StringWriter { NewLine = "\n" };
        ResultWriter.Write(output, [Sample], format);
        return output.ToString();
    }
}
