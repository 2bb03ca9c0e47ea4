using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Reading;
using KpiWarehouse.Reference.Rows;
using KpiWarehouse.Reference.Tests.HandData;

namespace KpiWarehouse.Reference.Tests;

/// <summary>The catalog's "Period and slicing rules", each checked on its own.</summary>
public sealed class RulesTests
{
    private static readonly Cell March2024 = Cell.For(DateSet.Month(2024, 3));
    private static ReferenceCalculator Hand => HandDataSet.Calculator;

    /// <summary>One filter per dimension that removes rows from the hand data in March 2024.</summary>
    public static TheoryData<string, string, string> KpisAndDimensionsTheyDoNotList()
    {
        var filters = new Dictionary<Dimension, (string Attribute, string Value)>
        {
            [Dimension.Customer] = ("Region", "North"),
            [Dimension.Rep] = ("Rep Name", "Chloe Roux"),
            [Dimension.Product] = ("Product Line", "Services"),
            [Dimension.Channel] = ("Channel", "event"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var kpi in ReferenceKpi.All)
        {
            foreach (var (dimension, (attribute, value)) in filters.Where(f => !kpi.IsFilteredBy(f.Key)))
                data.Add(kpi.Name, dimension.ToString(), $"{attribute}={value}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KpisAndDimensionsTheyDoNotList))]
    public void Kpi_FilteredOnADimensionItDoesNotList_KeepsItsUnfilteredValue(string kpi, string dimension, string filter)
    {
        var (attribute, value) = (filter[..filter.IndexOf('=')], filter[(filter.IndexOf('=') + 1)..]);
        var filtered = March2024.With(Enum.Parse<Dimension>(dimension), attribute, value);

        Assert.Equal(Hand.Evaluate(kpi, March2024), Hand.Evaluate(kpi, filtered));
    }

    [Fact]
    public void ListedDimensions_FilterSomethingInTheHandData()
    {
        // Guards the test above: the filters it uses do change listed KPIs, so equality there is not vacuous.
        Assert.NotEqual(Hand.Evaluate("Revenue", March2024), Hand.Evaluate("Revenue", March2024.With(Dimension.Product, "Product Line", "Services")));
        Assert.NotEqual(Hand.Evaluate("New Leads", March2024), Hand.Evaluate("New Leads", March2024.With(Dimension.Channel, "Channel", "event")));
    }

    [Fact]
    public void EmptyKey_KeptWhenDimensionUnfiltered_DroppedWhenFiltered()
    {
        // O5 (500, no rep) counts without a Rep filter and drops under a filter that selects every rep.
        var everyRep = March2024.With(new MemberFilter(Dimension.Rep, "Rep Name", ["Alice Martin", "Bob Petit", "Chloe Roux"]));

        Assert.Equal(892.4738m, Hand.Evaluate("Revenue", March2024));
        Assert.Equal(392.4738m, Hand.Evaluate("Revenue", everyRep));
    }

    [Fact]
    public void Filters_OnOneDimension_Intersect()
    {
        var cell = March2024.With(Dimension.Customer, "Region", "North").With(Dimension.Customer, "Segment", "ENT");

        // North ∩ ENT = C1, C5: 152.4738 + 50
        Assert.Equal(202.4738m, Hand.Evaluate("Revenue", cell));
        Assert.Null(Hand.Evaluate("Revenue", cell.With(Dimension.Customer, "City", "Nice")));
    }

    [Fact]
    public void NullFilterValue_SelectsMembersWithAnEmptyAttribute()
    {
        // Product P2 has no category: O5 500 in March.
        Assert.Equal(500m, Hand.Evaluate("Revenue", March2024.With(Dimension.Product, "Category", null)));
    }

    [Fact]
    public void Manager_IsTheManagersRepName()
    {
        // R2 and R3 report to Alice Martin: every March line with a rep.
        Assert.Equal(392.4738m, Hand.Evaluate("Revenue", March2024.With(Dimension.Rep, "Manager", "Alice Martin")));
        Assert.Equal(["Alice Martin", null], Hand.MemberValues(Dimension.Rep, "Manager").Reverse());
    }

    [Fact]
    public void QuarantinedRows_AreIgnored_AndCountWhenTheQuarantineIsLeftOut()
    {
        var unquarantined = ReferenceCalculator.FromRawFolder(HandDataSet.RawFolder).Value;

        Assert.Equal(892.4738m, Hand.Evaluate("Revenue", March2024));
        Assert.Equal(892.4738m + 10000m, unquarantined.Evaluate("Revenue", March2024));
        Assert.Equal(5m, Hand.Evaluate("New Leads", March2024));
        Assert.Equal(6m, unquarantined.Evaluate("New Leads", March2024));
    }

    [Fact]
    public void CountOverNoRows_IsBlankNotZero()
    {
        var june2023 = Cell.For(DateSet.Month(2023, 6));

        Assert.Null(Hand.Evaluate("New Leads", june2023));
        Assert.Null(Hand.Evaluate("Revenue", june2023));
        Assert.Null(Hand.Evaluate("CSAT", june2023));
        Assert.Null(Hand.Evaluate("Lead Conversion Rate", june2023));
    }

    [Fact]
    public void Ratio_ZeroDenominator_IsBlank_AndZeroRevenueIsZeroNotBlank()
    {
        var reps = new RawRep("R1", "Ann", null, "BDM", "T", "North", null, new DateOnly(2024, 1, 1), null);
        var freeLine = new RawOrderLine("O1", 1, new DateOnly(2024, 3, 5), "C1", "P1", "R1", null, 2m, 0m, null, 0m);
        var calculator = ReferenceCalculator.Create(new RawDataSet { Reps = [reps], Orders = [freeLine] });

        Assert.Equal(0m, calculator.Evaluate("Revenue", March2024));
        Assert.Equal(0m, calculator.Evaluate("Average Order Value", March2024));
        Assert.Null(calculator.Evaluate("Gross Margin %", March2024));
    }

    [Fact]
    public void EmptyDateSelection_IsBlankForEveryKpi()
    {
        var nothing = Cell.For(DateSet.Range(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 31)));

        Assert.All(Hand.EvaluateAll(nothing), r => Assert.Null(r.Value));
    }

    [Fact]
    public void AllDates_IsTheWholeCalendarYearsOfTheData()
    {
        Assert.Equal(DateSet.Range(new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)), Hand.Calendar);
        Assert.Equal(Hand.Evaluate("Revenue", Cell.For(Hand.Calendar)), Hand.Evaluate("Revenue", Cell.All));
    }

    [Fact]
    public void UnknownKpiOrAttribute_IsACallersBug()
    {
        Assert.Throws<ArgumentException>(() => Hand.Evaluate("Revenu", March2024));
        Assert.Throws<ArgumentException>(() => Hand.Evaluate("Revenue", March2024.With(Dimension.Customer, "Team", "x")));
    }

    [Fact]
    public void Dims_AreTheCatalogsDimsColumn()
    {
        Assert.Equal([Dimension.Customer, Dimension.Rep, Dimension.Product], ReferenceKpi.Find("Revenue")!.Dims);
        Assert.Equal([Dimension.Rep], ReferenceKpi.Find("Close Ratio")!.Dims);
        Assert.Equal([Dimension.Rep, Dimension.Channel], ReferenceKpi.Find("New Leads")!.Dims);
        Assert.Empty(ReferenceKpi.Find("Customer Acquisition Cost")!.Dims);
        Assert.Equal([Dimension.Customer, Dimension.Product], ReferenceKpi.Find("MRR")!.Dims);
        Assert.Equal(Enumerable.Range(1, 80), ReferenceKpi.All.Select(k => k.Number));
    }
}
