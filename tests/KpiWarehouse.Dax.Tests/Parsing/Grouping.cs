using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

/// <summary>Shows how a parsed expression groups: every operator application in parentheses.</summary>
internal static class Grouping
{
    public static string Of(string text)
    {
        var result = DaxParser.ParseExpression(text);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        return Of(result.Tree);
    }

    private static string Of(Expression expression) => expression switch
    {
        BinaryExpression binary => $"({Of(binary.Left)} {OperatorPrecedence.Text(binary.Operator)} {Of(binary.Right)})",
        UnaryExpression unary => $"({OperatorPrecedence.Text(unary.Operator)} {Of(unary.Operand)})",
        _ => SyntaxPrinter.Print(expression),
    };
}
