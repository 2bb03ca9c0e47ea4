using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Tests.Model;

/// <summary>
/// The data type of a calculated column (Microsoft Learn "Data types in DAX" and "Calculated columns"):
/// the expression's type, joined with the values' (whole with decimal numbers is a decimal number, whole
/// numbers with fixed decimals are fixed decimals); an expression of unrelated types is a variant, which
/// a column cannot hold; a declared type converts the values. Expression → expected type, as data.
/// </summary>
public sealed class CalculatedColumnTypeTests
{
    private static ModelBuildResult Build(string expression, DaxType? declared = null) => new ModelBuilder()
        .AddTable("T", [ColumnData.Integer("Q", [1, 2, null]), ColumnData.Currency("P", [1.5m, 2m, 3m]), ColumnData.String("S", ["a", "b", "c"])])
        .AddCalculatedColumn("T", "C", expression, declared)
        .Build();

    [Theory]
    [InlineData("T[Q] * 2", DaxType.Integer)]
    [InlineData("T[Q] * T[P]", DaxType.Currency)]
    [InlineData("T[Q] / 2", DaxType.Double)]
    [InlineData("T[P] / 2", DaxType.Currency)]
    [InlineData("IF ( T[Q] > 100, 1.5, 1 )", DaxType.Double)]          // no row gives 1.5: the expression decides
    [InlineData("IF ( FALSE (), 1 )", DaxType.Integer)]                // every row BLANK, still a whole number
    [InlineData("T[Q] > 1", DaxType.Boolean)]
    [InlineData("T[S] & T[Q]", DaxType.String)]
    [InlineData("DATE ( 2024, T[Q], 1 )", DaxType.DateTime)]
    [InlineData("YEAR ( DATE ( 2024, 1, 1 ) )", DaxType.Integer)]
    [InlineData("VAR x = T[Q] RETURN x + 0.5", DaxType.Double)]
    [InlineData("SWITCH ( T[Q], 1, T[P], 2, 7 )", DaxType.Currency)]
    [InlineData("BLANK ()", DaxType.String)]                          // nothing tells: text of BLANKs
    public void CalculatedColumn_Expression_HasTheDaxType(string expression, DaxType expected)
    {
        var result = Build(expression);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(expected, result.Model!.FindTable("T")!.FindColumn("C")!.DataType);
    }

    [Theory]
    [InlineData("IF ( T[Q] > 100, \"many\", 1 )", 1)]                 // no row gives text: still a variant
    [InlineData("1 + IF ( T[Q] = 1, T[S], T[P] )", 5)]
    [InlineData("SWITCH ( T[Q], 1, TRUE (), 2 )", 1)]
    public void CalculatedColumn_VariantExpression_IsTypeMismatchErrorAtTheBranchingCall(string expression, int column)
    {
        var result = Build(expression);
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((EvaluationDiagnostics.TypeMismatch, 1, column), (error.Code, error.Line, error.Column));
        Assert.Contains("calculated column 'T'[C]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculatedColumn_DeclaredType_ConvertsTheValues()
    {
        var result = Build("T[Q] * 2", DaxType.String);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var query = DaxEngine.Evaluate(result.Model!, "EVALUATE SELECTCOLUMNS ( T, \"C\", T[C] ) ORDER BY [C]");
        Assert.Equal(["", "2", "4"], query.Tables[0].Rows.Select(r => r[0].IsBlank ? "" : r[0].StringValue));
    }

    [Fact]
    public void CalculatedColumn_DeclaredWholeNumberForFractions_IsTypeMismatchError()
    {
        var result = Build("T[Q] / 4", DaxType.Integer);
        Assert.Equal(EvaluationDiagnostics.TypeMismatch, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Build_ModelWithCalculatedColumn_DoesNotChangeWhenTheBuilderIsReused()
    {
        var builder = new ModelBuilder().AddTable("T", [ColumnData.Integer("Q", [1])]).AddCalculatedColumn("T", "C", "T[Q] + 1");
        var first = builder.Build().Model!;
        builder.AddMeasure("T", "M", "SUM ( T[C] )");
        Assert.Null(first.FindMeasure("M"));
        Assert.Equal(2, DaxEngine.Evaluate(builder.Build().Model!, "EVALUATE ROW ( \"m\", [M] )").Tables[0].Rows[0][0].IntegerValue);
    }
}
