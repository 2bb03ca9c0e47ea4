using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

/// <summary>
/// Random token streams (seeded, so a failure reproduces): whatever comes in, the parser returns a
/// tree that prints and re-parses to the same shape, or exactly one diagnostic with a stable code and
/// a position inside the text. No exception may escape.
/// </summary>
public sealed partial class FuzzTests
{
    private const int Cases = 20_000;

    private static readonly string[] Vocabulary =
    [
        "(", ")", "{", "}", ",", "1", "2.5", "1e3", "99999999999999999999", "1e999", ".5",
        "\"s\"", "\"a\"\"b\"", "\"open", "'T'", "'O''B'", "'open", "[C]", "[a]]b]", "[]", "[open", "T", "x",
        "SUM", "CALCULATE", "NORM.DIST", "VAR", "RETURN", "IN", "NOT", "TRUE", "FALSE", "TRUE()",
        "&&", "||", "+", "-", "*", "/", "^", "&", "=", "==", "<>", "<", ">", "<=", ">=",
        "DEFINE", "EVALUATE", "MEASURE", "COLUMN", "TABLE", "ORDER", "BY", "START", "AT", "ASC", "DESC", "FUNCTION",
        "@p", "/*", "*/", "//", "--", "#", ";", "|", "'", "[", "\"", "\n", "\r\n", "\t", "\u00e9t\u00e9",
    ];

    [Fact]
    public void RandomTokenStreams_Parsed_GiveATreeOrOnePositionedDiagnostic()
    {
        var random = new Random(20_261_123);
        var watch = Stopwatch.StartNew();
        var successes = 0;
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);
            successes += Check(text, DaxParser.ParseExpression(text), s => DaxParser.ParseExpression(s)) ? 1 : 0;
            successes += Check(text, DaxParser.ParseQuery(text), s => DaxParser.ParseQuery(s)) ? 1 : 0;
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{Cases} cases took {watch.Elapsed}");
        Assert.True(successes > 0, "no random stream parsed; the generator is too hostile to exercise the printer");
    }

    [Fact]
    public void RandomValidPrefixes_Parsed_GiveATreeOrOnePositionedDiagnostic()
    {
        // Cutting valid queries at every point reaches the "expected X" paths a random stream rarely does.
        const string query = "DEFINE MEASURE 'Sales'[M] = CALCULATE(SUM(Sales[Amount]), 'Date'[Year] IN { 2023, 2024 }, NOT [x] = 1)\n"
            + "VAR _v = VAR a = (1 + 2) * -3 ^ 2 RETURN a & \"x\"\"y\" TABLE t = { (1, \"a\"), (2, \"b\") }\n"
            + "EVALUATE SUMMARIZECOLUMNS('Date'[Year], \"m\", [M]) ORDER BY 'Date'[Year] DESC START AT 2020 // end";
        for (var cut = 0; cut <= query.Length; cut++)
        {
            var text = query[..cut];
            Check(text, DaxParser.ParseQuery(text), s => DaxParser.ParseQuery(s));
            Check(text, DaxParser.ParseExpression(text), s => DaxParser.ParseExpression(s));
        }
    }

    private static bool Check<T>(string text, ParseResult<T> result, Func<string, ParseResult<T>> parse)
        where T : SyntaxNode
    {
        if (result.Success)
        {
            Assert.Empty(result.Diagnostics);
            var printed = SyntaxPrinter.Print(result.Tree);
            var reparsed = parse(printed);
            Assert.True(reparsed.Success, $"printed text of {Show(text)} does not parse: {Show(printed)}: {string.Join("; ", reparsed.Diagnostics)}");
            Assert.True(SyntaxEquivalence.AreEquivalent(result.Tree, reparsed.Tree), $"round trip changed the tree of {Show(text)}");
            return true;
        }

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Matches(CodePattern(), diagnostic.Code);
        Assert.True(diagnostic.Span is { } span && span.Line >= 1 && span.Column >= 1 && span.Start >= 0 && span.End <= text.Length,
            $"{diagnostic} has no valid position in {Show(text)}");
        return false;
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 30);
        for (var i = 0; i < count; i++)
        {
            text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            text.Append(random.Next(4) switch { 0 => "", 1 => "\n", _ => " " });
        }

        return text.ToString();
    }

    private static string Show(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^DAX00[0-9]{2}$")]
    private static partial Regex CodePattern();
}
