using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Tests.Model;

public sealed class ModelBuilderTests
{
    private static ModelBuilder Star(long?[] dimensionKeys, long?[] factKeys) => new ModelBuilder()
        .AddTable("Dim", [ColumnData.Integer("Key", dimensionKeys), ColumnData.String("Name", dimensionKeys.Select(k => (string?)$"N{k}").ToArray())])
        .AddTable("Fact", [ColumnData.Integer("Key", factKeys), ColumnData.Currency("Amount", factKeys.Select(_ => (decimal?)1.5m).ToArray())])
        .AddRelationship("Fact", "Key", "Dim", "Key");

    [Fact]
    public void Build_DuplicateOneSideKey_ReturnsInvalidModelError()
    {
        var result = Star([1, 1], [1]).Build();
        Assert.False(result.IsSuccess);
        Assert.Equal(EvaluationDiagnostics.InvalidModel, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Build_UnknownRelationshipColumn_ReturnsUnknownNameError()
    {
        var result = Star([1], [1]).AddRelationship("Fact", "Nope", "Dim", "Key").Build();
        Assert.Contains(result.Errors, e => e.Code == EvaluationDiagnostics.UnknownName && e.Message.Contains("Nope"));
    }

    [Fact]
    public void Build_UnmatchedOrNullFactKeys_AddsOneBlankRowToTheOneSide()
    {
        var model = Star([1, 2], [1, 3, null]).Build().Model!;
        var dim = model.FindTable("Dim")!;
        Assert.True(dim.HasBlankRow);
        Assert.Equal(3, dim.TotalRows);
        Assert.False(model.FindTable("Fact")!.HasBlankRow);
    }

    [Fact]
    public void Build_AllKeysMatch_NoBlankRow()
    {
        var model = Star([1, 2], [1, 2, 2]).Build().Model!;
        Assert.False(model.FindTable("Dim")!.HasBlankRow);
    }

    [Fact]
    public void Build_TextColumn_IsCaseInsensitiveAndSorted()
    {
        var model = new ModelBuilder().AddTable("T", [ColumnData.String("S", ["b", "A", "a", null, "B"])]).Build().Model!;
        var result = DaxEngine.Evaluate(model, "EVALUATE VALUES(T[S]) ORDER BY T[S]");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(["", "A", "b"], result.Tables[0].Rows.Select(r => r[0].AsText()));
    }

    [Fact]
    public void Currency_IsFixedFourDecimals_SumIsExact()
    {
        var model = new ModelBuilder()
            .AddTable("T", [ColumnData.Currency("C", Enumerable.Repeat((decimal?)0.1m, 10).ToArray())])
            .Build().Model!;
        var value = DaxEngine.Evaluate(model, "EVALUATE ROW(\"s\", SUM(T[C]))").Tables[0].Rows[0][0];
        Assert.Equal(DaxType.Currency, value.Type);
        Assert.Equal(1m, value.AsDecimal());
    }

    [Fact]
    public void Evaluate_UnknownRole_ReturnsInvalidRoleError()
    {
        var model = Star([1], [1]).Build().Model!;
        var result = DaxEngine.Evaluate(model, "EVALUATE ROW(\"x\", 1)", new EvaluateOptions("u", "Nope"));
        Assert.Equal(EvaluationDiagnostics.InvalidRole, result.Error?.Code);
    }

    [Fact]
    public void Evaluate_SyntaxError_ReturnsParserDiagnosticWithPosition()
    {
        var model = Star([1], [1]).Build().Model!;
        var result = DaxEngine.Evaluate(model, "EVALUATE ROW(\"x\", 1 +)");
        Assert.False(result.IsSuccess);
        Assert.StartsWith("DAX0", result.Error!.Code);
        Assert.NotNull(result.Error.Line);
    }

    [Fact]
    public void Check_MeasureWithUnknownFunction_ReportsIt()
    {
        var model = Star([1], [1]).AddMeasure("Fact", "Bad", "FOO(1)").AddMeasure("Fact", "Good", "SUM(Fact[Amount])").Build().Model!;
        var problem = Assert.Single(DaxEngine.Check(model));
        Assert.Equal(EvaluationDiagnostics.UnsupportedFunction, problem.Code);
        Assert.Contains("FOO", problem.Message);
    }

    [Fact]
    public void Build_UnmarkedDateTableKeyedByDate_ClearsItsFiltersLikeAMarkedOne()
    {
        DateOnly?[] days = [new DateOnly(2023, 3, 1), new DateOnly(2024, 3, 1)];
        var model = new ModelBuilder()
            .AddTable("Date", [ColumnData.Date("Date", days), ColumnData.Integer("Year", [2023, 2024])])
            .AddTable("Fact", [ColumnData.Date("Day", days), ColumnData.Integer("Amount", [10, 20])])
            .AddRelationship("Fact", "Day", "Date", "Date")
            .Build().Model!;
        var result = DaxEngine.Evaluate(model,
            "EVALUATE CALCULATETABLE(ROW(\"py\", CALCULATE(SUM(Fact[Amount]), SAMEPERIODLASTYEAR('Date'[Date]))), 'Date'[Year] = 2024)");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(10, result.Tables[0].Rows[0][0].IntegerValue);
    }
}
