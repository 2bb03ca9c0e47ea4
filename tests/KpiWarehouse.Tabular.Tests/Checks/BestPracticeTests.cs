using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Checks;

public sealed class BestPracticeTests
{
    [Fact]
    public void BestPractice_GeneratedModel_ZeroViolations()
    {
        var violations = BestPractice.Check(Models.Database);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    /// <summary>Each rule, broken once on a fresh copy of the model, is reported: the check cannot pass vacuously.</summary>
    public static TheoryData<string, string> BrokenRules => new()
    {
        { "format string", "no format string" },
        { "description", "no description" },
        { "DIVIDE", "'/'" },
        { "IFERROR", "IFERROR" },
        { "floating point", "is double" },
        { "hidden foreign key", "is visible" },
        { "sort month names", "no sort-by column" },
        { "date table", "0 tables are marked" },
        { "duplicate measure name", "duplicate measure name" },
        { "measure named like a column", "measure named like a column" },
        { "one active relationship", "2 active relationships" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void BestPractice_ModelBreakingRule_ReportsIt(string rule, string expected)
    {
        var database = ModelBuilder.Build(Models.Catalog, Models.Schema, new ModelOptions()).Value.Database;
        Break(database.Model, rule);
        var violations = BestPractice.Check(database);
        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    private static void Break(Model.Model model, string rule)
    {
        var kpi = model.FindTable(ModelBuilder.MeasureTable)!;
        var sales = model.FindTable("Sales")!;
        var revenue = kpi.Measures[0];
        switch (rule)
        {
            case "format string": revenue.FormatString = null; break;
            case "description": revenue.Description = null; break;
            case "DIVIDE": Replace(kpi, revenue, "SUM ( 'Sales'[Revenue Amount] ) / 2"); break;
            case "IFERROR": Replace(kpi, revenue, "IFERROR ( SUM ( 'Sales'[Revenue Amount] ), 0 )"); break;
            case "floating point":
                sales.Columns.Add(new Column { Name = "Ratio", DataType = DataType.Double, SourceColumn = "ratio", LineageTag = "x" });
                break;
            case "hidden foreign key": sales.FindColumn("Customer Key")!.IsHidden = false; break;
            case "sort month names": model.FindTable("Date")!.FindColumn("Month Name")!.SortByColumn = null; break;
            case "date table": model.FindTable("Date")!.DataCategory = null; break;
            case "duplicate measure name":
                sales.Measures.Add(new Measure { Name = revenue.Name, Expression = "1", LineageTag = "x", FormatString = "0", Description = "x" });
                break;
            case "measure named like a column":
                kpi.Measures.Add(new Measure { Name = "Order Id", Expression = "1", LineageTag = "x", FormatString = "0", Description = "x" });
                break;
            case "one active relationship":
                var inactive = model.Relationships.First(r => !r.IsActive);
                model.Relationships.Remove(inactive);
                model.Relationships.Add(new Relationship
                {
                    Name = inactive.Name, FromTable = inactive.FromTable, FromColumn = inactive.FromColumn,
                    ToTable = inactive.ToTable, ToColumn = inactive.ToColumn, IsActive = true,
                });
                break;
        }
    }

    private static void Replace(Table table, Measure measure, string expression)
    {
        var index = table.Measures.IndexOf(measure);
        table.Measures[index] = new Measure
        {
            Name = measure.Name, Expression = expression, LineageTag = measure.LineageTag,
            Description = measure.Description, FormatString = measure.FormatString, DisplayFolder = measure.DisplayFolder,
        };
    }
}
