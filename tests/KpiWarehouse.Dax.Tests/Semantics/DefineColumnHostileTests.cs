using KpiWarehouse.Dax.Query;

namespace KpiWarehouse.Dax.Tests.Semantics;

/// <summary>Hostile DEFINE COLUMN queries: each ends in one diagnostic with a position in the query, never an exception.</summary>
public sealed class DefineColumnHostileTests
{
    [Theory]
    [InlineData("DEFINE COLUMN Sales[T] = VALUES ( Customer[Country] ) EVALUATE ROW ( \"x\", 1 )", "DAX1005", 1, 26)]
    [InlineData("DEFINE COLUMN Sales[X] = [M] MEASURE Sales[M] = SUM ( Sales[X] ) EVALUATE ROW ( \"x\", 1 )", "DAX1007", 1, 26)]
    [InlineData("DEFINE COLUMN Sales[X] = CROSSJOIN ( Sales, Sales, Sales ) EVALUATE ROW ( \"x\", 1 )", "DAX1005", 1, 26)]
    [InlineData("DEFINE COLUMN Sales[X] = NOPE ( 1 ) EVALUATE ROW ( \"x\", 1 )", "DAX1002", 1, 26)]
    [InlineData("DEFINE COLUMN Sales[X] = 1 / \"a\" EVALUATE ROW ( \"x\", 1 )", "DAX1004", 1, 20)]   // no position of its own: the column's name
    [InlineData("DEFINE COLUMN Sales[X] = Customer[Country] EVALUATE ROW ( \"x\", 1 )", "DAX1006", 1, 26)]
    public void DefineColumn_HostileExpression_IsOneDiagnosticWithPosition(string query, string code, int? line, int? column)
    {
        var result = DaxEngine.Evaluate(TestModel.Instance, query);
        Assert.False(result.IsSuccess);
        Assert.Equal((code, line, column), (result.Error!.Code, result.Error.Line, result.Error.Column));
        Assert.StartsWith("calculated column 'Sales'[", result.Error.Message, StringComparison.Ordinal);
    }
}
