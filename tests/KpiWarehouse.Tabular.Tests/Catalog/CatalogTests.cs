using System.Text.RegularExpressions;
using KpiWarehouse.Catalog;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Catalog;

public sealed class CatalogTests
{
    [Fact]
    public void ReadEmbedded_ShippedCatalog_Has80KpisNumbered1To80()
    {
        var catalog = CatalogReader.ReadEmbedded();

        Assert.True(catalog.IsSuccess, catalog.Error?.ToString());
        Assert.Equal(Enumerable.Range(1, 80), catalog.Value.Kpis.Select(k => k.Number));
    }

    [Fact]
    public void ReadFile_ModelsFolderCatalog_SameAsEmbedded()
    {
        var file = CatalogReader.ReadFile(Path.Combine(Repo.Root, "models", "kpi-catalog.json"));

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(CatalogReader.ReadEmbedded().Value), System.Text.Json.JsonSerializer.Serialize(file.Value));
    }

    /// <summary>Names, fr-FR names and Dims are a contract: they must equal the spec's tables row by row.</summary>
    [SpecFact]
    public void Catalog_EveryKpi_MatchesSpecNumberNameFrenchAndDims()
    {
        var rows = File.ReadAllLines(Repo.SpecCatalog!)
            .Select(line => Regex.Match(line, @"^\| (\d+) \| ([^|]+) \| ([^|]+) \| [^|]+ \| ([^|]+) \|"))
            .Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var codes = new Dictionary<string, string> { ["C"] = "Customer", ["R"] = "Rep", ["Pr"] = "Product", ["Ch"] = "Channel" };

        Assert.Equal(80, rows.Count);
        foreach (var kpi in Models.Catalog.Kpis)
        {
            var row = rows[kpi.Number];
            Assert.Equal(row.Groups[2].Value.Trim(), kpi.Name);
            Assert.Equal(row.Groups[3].Value.Trim(), kpi.French);
            var dims = row.Groups[4].Value.Trim().Split(' ').Where(codes.ContainsKey).Select(c => codes[c]);
            Assert.Equal(dims.Order(), kpi.Dimensions.Order());
        }
    }

    [Fact]
    public void Catalog_TargetsAndAdditivity_AsTheSpecAsks()
    {
        var targets = Models.Catalog.Kpis.Where(k => k.Target is not null).ToDictionary(k => k.Name, k => k.Target!.Metric);

        Assert.Equal(new Dictionary<string, string> { ["Revenue"] = "REVENUE", ["Deals Won"] = "DEALS_WON", ["New Leads"] = "NEW_LEADS" }, targets);
        Assert.All(Models.Catalog.Kpis.Where(k => k.FormatString.Contains('%')), k => Assert.False(k.IsAdditive, k.Name));
    }

    public static TheoryData<string, string, string> BadCatalogs => new()
    {
        { "not json", "{", "KPIW-K002" },
        { "no kpis", """{ "folders": [], "kpis": [] }""", "KPIW-K003" },
        { "missing name", Catalog(("", "Revenue", "[]", "SUM ( 1 )")), "KPIW-K003" },
        { "duplicate name (case-insensitive)", Catalog(("Revenue", "Revenue", "[]", "1"), ("revenue", "Revenue", "[]", "1")), "KPIW-K004" },
        { "unknown folder", Catalog(("Revenue", "Nowhere", "[]", "1")), "KPIW-K005" },
        { "unknown dimension", Catalog(("Revenue", "Revenue", "[\"Region\"]", "1")), "KPIW-K006" },
        { "line break in a name", Catalog(("Reve\\nnue", "Revenue", "[]", "1")), "KPIW-K007" },
        { "unbalanced parenthesis", Catalog(("Revenue", "Revenue", "[]", "SUM ( 'Sales'[Amount] ")), "KPIW-K008" },
        { "unclosed bracket", Catalog(("Revenue", "Revenue", "[]", "SUM ( 'Sales'[Amount )")), "KPIW-K008" },
        { "unclosed string", Catalog(("Revenue", "Revenue", "[]", "IF ( 1, \\\"a )")), "KPIW-K008" },
    };

    [Theory]
    [MemberData(nameof(BadCatalogs))]
    public void Read_BadCatalog_FailsWithStableCode(string why, string json, string code)
    {
        var result = CatalogReader.Read(json, "test.json");

        Assert.False(result.IsSuccess, why);
        Assert.Equal(code, result.Error!.Code);
    }

    [Theory]
    [InlineData("SUM ( 'O''Brien'[a]]b] ) // comment ( [", null)]
    [InlineData("\"a \"\" ( b\" & ( 1 )", null)]
    [InlineData("/* ( */ 1", null)]
    [InlineData("( 1 }", "'}' at 5 has no matching '{'")]
    [InlineData("{ 1", "'{' opened at 1 is never closed")]
    public void DaxBalance_Expression_ReportsFirstProblemOrNull(string dax, string? expected)
    {
        Assert.Equal(expected, DaxBalance.Check(dax));
    }

    private static string Catalog(params (string Name, string Folder, string Dims, string Dax)[] kpis)
    {
        var entries = kpis.Select((k, i) =>
            $$"""{ "number": {{i + 1}}, "name": "{{k.Name}}", "fr": "x", "folder": "{{k.Folder}}", "description": { "en": "x", "fr": "x" }, "dims": {{k.Dims}}, "formatString": "0", "dax": "{{k.Dax}}" }""");
        return $$"""{ "folders": [ { "name": "Revenue", "fr": "Ventes", "audience": "x" } ], "perspectives": [], "kpis": [ {{string.Join(", ", entries)}} ] }""";
    }
}
