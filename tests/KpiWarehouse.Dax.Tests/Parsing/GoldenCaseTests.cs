using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

public sealed class GoldenCaseTests
{
    [Theory]
    [MemberData(nameof(GoldenCases.All), MemberType = typeof(GoldenCases))]
    public void Case_Parsed_MatchesExpectedFile(string name)
    {
        var input = File.ReadAllText(GoldenCases.InputPath(name));
        var actual = GoldenCases.Render(name, input);
        var expectedPath = GoldenCases.ExpectedPath(name);
        if (GoldenCases.Accepting)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with {GoldenCases.AcceptVariable}=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(GoldenCases.All), MemberType = typeof(GoldenCases))]
    public void Case_PrintedAndReparsed_GivesTheSameTree(string name)
    {
        var input = File.ReadAllText(GoldenCases.InputPath(name));
        var isQuery = name.StartsWith("queries/", StringComparison.Ordinal);
        SyntaxNode? tree = isQuery ? DaxParser.ParseQuery(input).Tree : DaxParser.ParseExpression(input).Tree;
        if (tree is null)
        {
            return;
        }

        var printed = SyntaxPrinter.Print(tree);
        SyntaxNode? reparsed = isQuery ? DaxParser.ParseQuery(printed).Tree : DaxParser.ParseExpression(printed).Tree;
        Assert.True(reparsed is not null, "the printed text does not parse:\n" + printed);
        Assert.Equal(SyntaxDump.Write(tree), SyntaxDump.Write(reparsed));
        Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
    }
}
