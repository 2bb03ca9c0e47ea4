using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query.Hosting;
using KpiWarehouse.Query.Storage;

namespace KpiWarehouse.Query.Tests.Hosting;

/// <summary>Which warehouse column kinds may feed which model data types (a refresh's type conversion).</summary>
public sealed class EngineColumnsTests
{
    [Theory]
    [InlineData(ColumnKind.Int64, DaxType.Integer)]
    [InlineData(ColumnKind.Decimal, DaxType.Currency)]
    [InlineData(ColumnKind.Int64, DaxType.Currency)]
    [InlineData(ColumnKind.Double, DaxType.Double)]
    [InlineData(ColumnKind.Decimal, DaxType.Double)]
    [InlineData(ColumnKind.Date, DaxType.DateTime)]
    [InlineData(ColumnKind.DateTime, DaxType.DateTime)]
    [InlineData(ColumnKind.Boolean, DaxType.Boolean)]
    [InlineData(ColumnKind.String, DaxType.String)]
    public void Convert_SanctionedKindAndType_GivesAColumnOfTheModelsType(ColumnKind kind, DaxType type)
    {
        var values = ColumnValues.Allocate("source_col", kind, 3);
        values.IsNull[1] = true;

        var outcome = EngineColumns.Convert("Sales", "Model Column", type, values);

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.Equal("Model Column", outcome.Value.Name);
        Assert.Equal(type, outcome.Value.Type);
        Assert.Equal(3, outcome.Value.RowCount);
    }

    [Theory]
    [InlineData(ColumnKind.Double, DaxType.Currency)]
    [InlineData(ColumnKind.String, DaxType.Integer)]
    [InlineData(ColumnKind.DateTime, DaxType.String)]
    [InlineData(ColumnKind.Decimal, DaxType.Integer)]
    public void Convert_LossyOrNonsensicalPair_ReturnsQ006NamingBothColumns(ColumnKind kind, DaxType type)
    {
        var outcome = EngineColumns.Convert("Sales", "Revenue Amount", type, ColumnValues.Allocate("revenue_amount", kind, 1));

        Assert.False(outcome.IsSuccess);
        Assert.Equal("KPIW-Q006", outcome.Error!.Code);
        Assert.Contains("'Sales'[Revenue Amount]", outcome.Error.Message);
        Assert.Contains("revenue_amount", outcome.Error.Message);
    }
}
