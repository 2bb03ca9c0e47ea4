namespace KpiWarehouse.Dax.Tests.Parsing;

/// <summary>
/// Operator precedence as in the Microsoft Learn table "Operator precedence"
/// (https://learn.microsoft.com/dax/dax-operator-reference#operator-precedence), highest first:
/// ^ ; sign (-1) ; * / ; + - ; &amp; ; = == &lt; &gt; &lt;= &gt;= &lt;&gt; IN ; NOT. The logical
/// operators come below NOT with &amp;&amp; above || (https://dax.guide/operators/). Operators of equal
/// precedence are applied left to right, as the same page states. Learn's worked example: "-2^2"
/// applies the exponentiation first and the sign after it, giving -4.
/// </summary>
public sealed class PrecedenceTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("1 * 2 + 3", "((1 * 2) + 3)")]
    [InlineData("10 - 4 - 3", "((10 - 4) - 3)")]
    [InlineData("8 / 4 / 2", "((8 / 4) / 2)")]
    [InlineData("2 * 3 / 4 * 5", "(((2 * 3) / 4) * 5)")]
    [InlineData("2 ^ 3 ^ 2", "((2 ^ 3) ^ 2)")]
    [InlineData("-2 ^ 2", "(- (2 ^ 2))")]
    [InlineData("2 ^ -1", "(2 ^ (- 1))")]
    [InlineData("2 ^ -1 ^ 2", "((2 ^ (- 1)) ^ 2)")]
    [InlineData("-2 * 3", "((- 2) * 3)")]
    [InlineData("2 * -3 ^ 2", "(2 * (- (3 ^ 2)))")]
    [InlineData("\"a\" & 1 + 2", "(\"a\" & (1 + 2))")]
    [InlineData("\"a\" & \"b\" = \"ab\"", "((\"a\" & \"b\") = \"ab\")")]
    [InlineData("1 + 2 = 3", "((1 + 2) = 3)")]
    [InlineData("1 < 2 = TRUE()", "((1 < 2) = TRUE())")]
    [InlineData("[x] + 1 IN { 2 }", "(([x] + 1) IN { 2 })")]
    [InlineData("[x] IN { 1 } = TRUE()", "(([x] IN { 1 }) = TRUE())")]
    [InlineData("NOT [x] = 1", "(NOT ([x] = 1))")]
    [InlineData("NOT [x] IN { 1, 2 }", "(NOT ([x] IN { 1, 2 }))")]
    [InlineData("NOT [a] && [b]", "((NOT [a]) && [b])")]
    [InlineData("NOT([a]) && [b]", "((NOT [a]) && [b])")]
    [InlineData("NOT NOT [a]", "(NOT (NOT [a]))")]
    [InlineData("[a] || [b] && [c]", "([a] || ([b] && [c]))")]
    [InlineData("[a] && [b] || [c]", "(([a] && [b]) || [c])")]
    [InlineData("[a] = 1 && [b] = 2", "(([a] = 1) && ([b] = 2))")]
    [InlineData("[a] || [b] || [c]", "(([a] || [b]) || [c])")]
    [InlineData("(1 + 2) * 3", "((1 + 2) * 3)")]
    [InlineData("- - 1", "(- (- 1))")]
    [InlineData("+-1", "(+ (- 1))")]
    [InlineData("1 == 1 <> FALSE()", "((1 == 1) <> FALSE())")]
    public void Expression_MixedOperators_GroupsByDocumentedPrecedence(string text, string grouped) =>
        Assert.Equal(grouped, Grouping.Of(text));
}
