using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Naming;
using TmdlNames = KpiWarehouse.Tabular.Naming.Tmdl;

namespace KpiWarehouse.Tabular.Tests.Naming;

public sealed class NamingTests
{
    [Theory]
    [InlineData("Sales", "'Sales'")]
    [InlineData("O'Brien", "'O''Brien'")]
    public void DaxTable_Name_QuotedWithApostrophesDoubled(string name, string expected) => Assert.Equal(expected, Dax.Table(name));

    [Theory]
    [InlineData("Order Id", "[Order Id]")]
    [InlineData("a]b[c", "[a]]b[c]")]
    public void DaxName_Name_BracketedWithClosingBracketsDoubled(string name, string expected) => Assert.Equal(expected, Dax.Name(name));

    [Fact]
    public void DaxString_Quotes_Doubled() => Assert.Equal("\"say \"\"hi\"\"\"", Dax.String("say \"hi\""));

    [Theory]
    [InlineData("RangeStart", "RangeStart")]
    [InlineData("Warehouse Folder", "#\"Warehouse Folder\"")]
    [InlineData("let", "#\"let\"")]
    [InlineData("été", "#\"été\"")]
    public void PowerQueryIdentifier_Name_BareOrQuoted(string name, string expected) => Assert.Equal(expected, PowerQuery.Identifier(name));

    [Theory]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("line\nbreak\r\ttab", "\"line#(lf)break#(cr)#(tab)tab\"")]
    [InlineData("#(lf) literal", "\"#(#)(lf) literal\"")]
    [InlineData("C:\\data #1", "\"C:\\data #1\"")]
    public void PowerQueryString_Text_EscapedForM(string text, string expected) => Assert.Equal(expected, PowerQuery.String(text));

    [Theory]
    [InlineData("Sales", "Sales")]
    [InlineData("Order Id", "'Order Id'")]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("été", "'été'")]
    [InlineData("1st", "'1st'")]
    public void TmdlName_Name_BareOrSingleQuoted(string name, string expected) => Assert.Equal(expected, TmdlNames.Name(name));

    [Theory]
    [InlineData("#,0.00", "#,0.00")]
    [InlineData(" lead", "\" lead\"")]
    [InlineData("\"€\" #,0", "\"\"\"€\"\" #,0\"")]
    [InlineData("", "\"\"")]
    [InlineData("'quoted", "\"'quoted\"")]
    public void TmdlValue_Text_QuotedOnlyWhenTmdlWouldMisreadIt(string value, string expected) => Assert.Equal(expected, TmdlNames.Value(value));

    /// <summary>uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "kpiwarehouse:lineage"), "table\x1fSales") in Python.</summary>
    [Fact]
    public void LineageTag_TableSales_IsTheRfc4122NameBasedUuid() =>
        Assert.Equal("acfa9d9f-f226-5403-8b28-9da4c7639930", LineageTags.For("table", "Sales"));

    [Fact]
    public void LineageTag_DifferentPaths_Differ() =>
        Assert.NotEqual(LineageTags.For("table", "a b"), LineageTags.For("table", "a", "b"));
}
