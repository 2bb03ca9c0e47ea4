using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

public sealed class LexicalTests
{
    [Theory]
    [InlineData("\"a\"\"b\"", "a\"b")]
    [InlineData("\"\"\"\"", "\"")]
    [InlineData("\"\"", "")]
    [InlineData("\"line1\nline2\"", "line1\nline2")]
    [InlineData("\"it's\"", "it's")]
    public void StringLiteral_DoubledQuotes_AreUnescaped(string text, string value) =>
        Assert.Equal(value, Assert.IsType<StringLiteral>(Parse(text)).Value);

    [Theory]
    [InlineData("'O''Brien'", "O'Brien")]
    [InlineData("'Sales Data'", "Sales Data")]
    [InlineData("'a[b]'", "a[b]")]
    public void QuotedTableName_DoubledApostrophes_AreUnescaped(string text, string name)
    {
        var reference = Assert.IsType<NameReference>(Parse(text));
        Assert.Equal(name, reference.Name);
        Assert.True(reference.IsQuoted);
    }

    [Theory]
    [InlineData("[a]]b]", "a]b")]
    [InlineData("[Net Amount (EUR)]", "Net Amount (EUR)")]
    [InlineData("['quoted']", "'quoted'")]
    public void BracketedName_DoubledClosingBrackets_AreUnescaped(string text, string name) =>
        Assert.Equal(name, Assert.IsType<ColumnReference>(Parse(text)).Name);

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("007", 7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void NumberLiteral_DigitsOnlyWithinInt64_IsInteger(string text, long value)
    {
        var number = Assert.IsType<NumberLiteral>(Parse(text));
        Assert.Equal(value, number.IntegerValue);
        Assert.Equal(text, number.Text);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".25", 0.25)]
    [InlineData("1.0", 1.0)]
    [InlineData("2E3", 2000.0)]
    [InlineData("2e+3", 2000.0)]
    [InlineData("1.5e-3", 0.0015)]
    [InlineData("9223372036854775808", 9223372036854775808.0)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568E+29)]
    [InlineData("1.7976931348623157E+308", double.MaxValue)]
    public void NumberLiteral_WithPointExponentOrBeyondInt64_IsDecimal(string text, double value)
    {
        var number = Assert.IsType<NumberLiteral>(Parse(text));
        Assert.Null(number.IntegerValue);
        Assert.Equal(value, number.Value);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("1e-400")]
    public void NumberLiteral_BeyondDouble_IsDax0006(string text) =>
        Assert.Equal("DAX0006", DaxParser.ParseExpression(text).Diagnostics.Single().Code);

    [Fact]
    public void NumberLiteral_TooSmallForDouble_IsDax0006NotZero() =>
        Assert.Equal("DAX0006", DaxParser.ParseExpression("0." + new string('0', 400) + "1").Diagnostics.Single().Code);

    [Fact]
    public void NumberLiteral_ZeroWithExponent_IsZeroNotAnError() =>
        Assert.Equal(0.0, Assert.IsType<NumberLiteral>(Parse("0e-999")).Value);

    [Theory]
    [InlineData("1 // comment")]
    [InlineData("1 -- comment")]
    [InlineData("/* a */ 1 /* b */")]
    [InlineData("/* multi\nline\n*/1")]
    [InlineData("-- only\n1")]
    [InlineData("1/**/")]
    public void Comments_AllThreeForms_AreSkipped(string text) =>
        Assert.Equal(1L, Assert.IsType<NumberLiteral>(Parse(text)).IntegerValue);

    [Fact]
    public void Comment_DoubleDashAfterOperand_StartsAComment()
    {
        // DAX reads "--" as a comment everywhere, so "5 --3" is 5; write "5 - -3" to subtract.
        Assert.Equal(5L, Assert.IsType<NumberLiteral>(Parse("5 --3")).IntegerValue);
        Assert.Equal("(5 - (- 3))", Grouping.Of("5 - -3"));
    }

    [Fact]
    public void Comment_InsideString_IsText() =>
        Assert.Equal("a -- b /* c */ // d", Assert.IsType<StringLiteral>(Parse("\"a -- b /* c */ // d\"")).Value);

    [Theory]
    [InlineData("\n\n  [x] +", 3, 8)]
    [InlineData("\r\n\r\n  [x] +", 3, 8)]
    [InlineData("\r\r  [x] +", 3, 8)]
    [InlineData("/*\n\n*/ [x] +", 3, 9)]
    [InlineData("\"a\nb\" & ", 2, 6)]
    [InlineData("\t[x] +", 1, 7)]
    public void Diagnostic_AfterLineBreaks_CountsLinesAndColumnsFromOne(string text, int line, int column)
    {
        var diagnostic = DaxParser.ParseExpression(text).Diagnostics.Single();
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Tokens_OfAnExpression_KeepTextValueAndSpan()
    {
        var tokens = Lexer.Tokenize("'My T'[a]]b] >= 1.5").Tokens;
        Assert.Equal(
            [TokenKind.QuotedName, TokenKind.BracketedName, TokenKind.GreaterOrEqual, TokenKind.Number, TokenKind.EndOfInput],
            tokens.Select(t => t.Kind));
        Assert.Equal("'My T'", tokens[0].Text);
        Assert.Equal("My T", tokens[0].Value);
        Assert.Equal("a]b", tokens[1].Value);
        Assert.Equal(new TextSpan(6, 6, 1, 7), tokens[1].Span);
        Assert.Equal(new TextSpan(19, 0, 1, 20), tokens[4].Span);
    }

    [Fact]
    public void Spans_OfNodes_CoverTheirSourceText()
    {
        const string text = "VAR x = 1\nRETURN CALCULATE(\n  [Sales], 'T'[a] = x)";
        var block = Assert.IsType<VarExpression>(Parse(text));
        var call = Assert.IsType<FunctionCall>(block.Body);
        var filter = Assert.IsType<BinaryExpression>(call.Arguments[1]);
        Assert.Equal(text, text.Substring(block.Span.Start, block.Span.Length));
        Assert.Equal("x", text.Substring(block.Variables[0].NameSpan.Start, block.Variables[0].NameSpan.Length));
        Assert.Equal("CALCULATE(\n  [Sales], 'T'[a] = x)", text.Substring(call.Span.Start, call.Span.Length));
        Assert.Equal((2, 8), (call.Span.Line, call.Span.Column));
        Assert.Equal("'T'[a] = x", text.Substring(filter.Span.Start, filter.Span.Length));
        Assert.Equal((3, 19), (filter.OperatorSpan.Line, filter.OperatorSpan.Column));
    }

    private static Expression Parse(string text)
    {
        var result = DaxParser.ParseExpression(text);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        return result.Tree;
    }
}
