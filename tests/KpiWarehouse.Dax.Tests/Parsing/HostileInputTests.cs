using System.Diagnostics;
using System.Text;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

/// <summary>Input meant to break a parser: it must answer with a positioned diagnostic, quickly.</summary>
public sealed class HostileInputTests
{
    private const int Deep = 100_000;

    [Theory]
    [InlineData("parentheses")]
    [InlineData("unclosed parentheses")]
    [InlineData("calls")]
    [InlineData("table constructors")]
    [InlineData("signs")]
    [InlineData("NOTs")]
    [InlineData("VAR values")]
    [InlineData("VAR bodies")]
    [InlineData("left-leaning chain")]
    [InlineData("right-leaning powers")]
    [InlineData("mixed")]
    public void Expression_NestedFarBeyondTheLimit_IsDax0007WithPosition(string shape)
    {
        var text = DeeplyNested(shape);
        var diagnostic = DaxParser.ParseExpression(text).Diagnostics.Single();
        Assert.True(diagnostic.Code == "DAX0007", $"{shape}: {diagnostic}");
        Assert.Equal(1, diagnostic.Line);
        Assert.InRange(diagnostic.Column!.Value, 1, text.Length + 1);
    }

    [Fact]
    public void Query_NestedFarBeyondTheLimit_IsDax0007()
    {
        var text = "EVALUATE " + new string('{', Deep) + "1" + new string('}', Deep);
        Assert.Equal("DAX0007", DaxParser.ParseQuery(text).Diagnostics.Single().Code);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(200)]
    public void Expression_NestedWithinTheLimit_Parses(int depth)
    {
        Assert.True(DaxParser.ParseExpression(new string('(', depth) + "1" + new string(')', depth)).Success);
        Assert.True(DaxParser.ParseExpression(Repeat("ABS(", depth / 2) + "1" + new string(')', depth / 2)).Success);
        Assert.True(DaxParser.ParseExpression("1" + Repeat(" + 1", depth)).Success);
    }

    [Fact]
    public void Expression_VeryWideButShallow_Parses()
    {
        var text = "SWITCH(TRUE()" + Repeat(", [x] = 1, \"a\"", 20_000) + ")";
        var result = DaxParser.ParseExpression(text);
        Assert.True(result.Success);
        Assert.Equal(40_001, Assert.IsType<FunctionCall>(result.Tree).Arguments.Length);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void NumberLiteral_ThousandsOfDigits_IsOutOfRangeNotACrash(int digits)
    {
        var diagnostic = DaxParser.ParseExpression("1 + 1" + new string('9', digits)).Diagnostics.Single();
        Assert.Equal("DAX0006", diagnostic.Code);
        Assert.Equal(5, diagnostic.Column);
    }

    [Theory]
    [InlineData("SUM(\"abc", "DAX0002", 5)]
    [InlineData("SUM('Sales", "DAX0002", 5)]
    [InlineData("SUM([Amount", "DAX0002", 5)]
    [InlineData("SUM(1 /* x", "DAX0002", 7)]
    [InlineData("SUM(1", "DAX0003", 6)]
    [InlineData("{ 1", "DAX0003", 4)]
    [InlineData("'", "DAX0002", 1)]
    [InlineData("[", "DAX0002", 1)]
    [InlineData("\"", "DAX0002", 1)]
    [InlineData("\u0000", "DAX0001", 1)]
    [InlineData("1 + \U0001F600", "DAX0001", 5)]
    [InlineData("@", "DAX0001", 1)]
    [InlineData("1 + 2 #", "DAX0001", 7)]
    public void Expression_Unterminated_NamesWhereItStarted(string text, string code, int column)
    {
        var diagnostic = DaxParser.ParseExpression(text).Diagnostics.Single();
        Assert.Equal((code, 1, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Expression_MegabyteOfInput_ParsesInLinearTime()
    {
        var text = "SUMX(VALUES('T'[a]), " + Repeat("[x] * 2 + ", 100_000) + "0)";
        var watch = Stopwatch.StartNew();
        var result = DaxParser.ParseExpression(text);
        watch.Stop();
        // 100,001 terms lean left deeper than the limit: the answer is a diagnostic, but it must come fast.
        Assert.Equal("DAX0007", result.Diagnostics.Single().Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    private static string DeeplyNested(string shape) => shape switch
    {
        "parentheses" => new string('(', Deep) + "1" + new string(')', Deep),
        "unclosed parentheses" => new string('(', Deep),
        "calls" => Repeat("ABS(", Deep) + "1" + new string(')', Deep),
        "table constructors" => new string('{', Deep) + "1" + new string('}', Deep),
        "signs" => Repeat("- ", Deep) + "1",
        "NOTs" => Repeat("NOT ", Deep) + "TRUE",
        "VAR values" => Repeat("VAR a = ", Deep) + "1",
        "VAR bodies" => Repeat("VAR a = 1 RETURN ", Deep) + "a",
        "left-leaning chain" => "1" + Repeat(" + 1", Deep),
        "right-leaning powers" => Repeat("2 ^ (", Deep) + "2" + new string(')', Deep),
        "mixed" => Repeat("CALCULATE({(-[x] & ", Deep),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
