using System.Globalization;
using System.Text;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query.Hosting;
using KpiWarehouse.Query.Model;

namespace KpiWarehouse.Query.Tests.Hosting;

/// <summary>
/// The host hands the model's calculated tables, calculated columns and calculation-group selection
/// expressions to the engine: <c>fixtures/NAME.bim</c> and the TMDL folder <c>fixtures/NAME.tmdl/</c> (only
/// calculated tables, so no warehouse is read) queried with <c>NAME.dax</c> must give <c>NAME.expected.csv</c>
/// (KPIW_ACCEPT_GOLDEN=1 rewrites it).
/// </summary>
public sealed class CalculatedModelTests
{
    private static readonly WarehouseLocation NoWarehouse = new("unused", "unused", new WarehouseManifest(null, []));

    // The same model as TMSL (NAME.bim) and as a TMDL folder (NAME.tmdl/) must give the same table.
    [Theory]
    [InlineData("calculated-model", ".bim")]
    [InlineData("calculated-model", ".tmdl")]
    public void CalculatedOnlyModel_Query_MatchesExpectedTable(string name, string format)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Hosting", "fixtures");
        var definition = format == ".bim" ? ModelReader.ReadFile(Path.Combine(folder, name + format)) : ModelReader.ReadTmdl(Path.Combine(folder, name + format));
        Assert.True(definition.IsSuccess, definition.Error?.ToString());
        var host = DaxHost.Open(NoWarehouse, definition.Value);
        Assert.True(host.IsSuccess, host.Error?.ToString());
        var result = host.Value.Evaluate(File.ReadAllText(Path.Combine(folder, name + ".dax")));
        Assert.True(result.IsSuccess, result.Error?.ToString());

        var actual = Render(result);
        var expected = Path.Combine(KpiWarehouse.Testing.RepoRoot.Combine("tests", "KpiWarehouse.Query.Tests", "Hosting", "fixtures"), name + ".expected.csv");
        if (Environment.GetEnvironmentVariable("KPIW_ACCEPT_GOLDEN") == "1" && format == ".bim") File.WriteAllText(expected, actual);
        Assert.Equal(File.ReadAllText(expected).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void CalculatedColumnInALoop_OpenFails_NamingTheColumns()
    {
        var json = """
            { "name": "Loop", "model": { "tables": [ {
              "name": "T",
              "columns": [
                { "type": "calculatedTableColumn", "name": "Value", "dataType": "int64", "sourceColumn": "[Value]" },
                { "type": "calculated", "name": "A", "expression": "T[B] + 1" },
                { "type": "calculated", "name": "B", "expression": "T[A] + 1" } ],
              "partitions": [ { "name": "T", "source": { "type": "calculated", "expression": "{ 1, 2 }" } } ] } ] } }
            """;
        var host = DaxHost.Open(NoWarehouse, ModelReader.Read(json, "loop.bim").Value);
        Assert.False(host.IsSuccess);
        Assert.Equal("KPIW-Q008", host.Error!.Code);
        Assert.EndsWith("circular dependency: 'T'[A] -> 'T'[B] -> 'T'[A]. (line 1, column 1 of its expression)", host.Error.Message, StringComparison.Ordinal);
    }

    private static string Render(Dax.Query.QueryResult result)
    {
        var text = new StringBuilder();
        foreach (var table in result.Tables)
        {
            if (text.Length > 0) text.Append('\n');
            text.AppendJoin(',', table.Columns.Select(c => c.Name)).Append('\n');
            foreach (var row in table.Rows)
                text.AppendJoin(',', row.Select(v => v.IsBlank ? "" : v.Type == DaxType.String ? $"\"{v.StringValue}\"" : $"{v.AsText()} ({v.Type})")).Append('\n');
        }
        return text.ToString();
    }
}
