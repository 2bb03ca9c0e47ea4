using KpiWarehouse.Reference.Cells;
using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Tests;

public sealed class RawFolderTests
{
    private const string Reps = "rep_id,rep_name,email,role,team,region,manager_id,hire_date,leave_date\nR1,Ann,,BDM,T,North,,2024-01-01,\n";
    private static readonly Cell March2024 = Cell.For(DateSet.Month(2024, 3));

    [Fact]
    public void Read_FrenchLocale_ParsesSemicolonsDecimalCommaAndThousandsSpaces()
    {
        using var folder = new TempRawFolder()
            .With("reps.csv", Reps.Replace(',', ';'))
            .With("orders.csv",
                "order_id;line_no;order_date;customer_id;product_id;rep_id;opportunity_id;quantity;unit_price;discount_pct;unit_cost\n" +
                "O1;1;2024-03-05;C1;P1;R1;;2;1 234,50;0,1;100\n" +
                "O2;1;2024-03-06;C1;P1;R1;;1;\"1\u00A0000,25\";;10,5\n");

        var calculator = ReferenceCalculator.FromRawFolder(folder.Path, new RawReadOptions(RawLocale.French)).Value;

        // 2 × 1234.50 × 0.9 = 2222.1 ; 1 × 1000.25 = 1000.25
        Assert.Equal(3222.35m, calculator.Evaluate("Revenue", March2024));
        // 2222.1 − 200 + 1000.25 − 10.5
        Assert.Equal(3011.85m, calculator.Evaluate("Gross Profit", March2024));
        Assert.Empty(calculator.Data.Findings);
    }

    [Fact]
    public void Read_DecimalsBeyondFourPlaces_AreTakenAsStoredThenLineRevenueRounded()
    {
        using var folder = new TempRawFolder()
            .With("reps.csv", Reps)
            .With("orders.csv",
                "order_id,line_no,order_date,customer_id,product_id,rep_id,opportunity_id,quantity,unit_price,discount_pct,unit_cost\n" +
                "O1,1,2024-03-05,C1,P1,R1,,1.00005,10.00005,0.00004,0.33333\n");

        var calculator = ReferenceCalculator.FromRawFolder(folder.Path).Value;

        // stored: quantity 1.0001, price 10.0001, discount 0.0000, cost 0.3333
        Assert.Equal(1.0001m, calculator.Evaluate("Units Sold", March2024));
        // round(1.0001 × 10.0001, 4) = round(10.00110001, 4)
        Assert.Equal(10.0011m, calculator.Evaluate("Revenue", March2024));
        // 10.0011 − round(1.0001 × 0.3333, 4) = 10.0011 − round(0.33333333, 4) = 10.0011 − 0.3333
        Assert.Equal(9.6678m, calculator.Evaluate("Gross Profit", March2024));
    }

    [Fact]
    public void Read_OnlyReps_OtherFilesAreNoRowsAndKpisBlank()
    {
        using var folder = new TempRawFolder().With("reps.csv", Reps);

        var calculator = ReferenceCalculator.FromRawFolder(folder.Path).Value;

        Assert.Null(calculator.Evaluate("Revenue", March2024));
        Assert.Null(calculator.Evaluate("Win Rate", March2024));
        Assert.Equal(1, calculator.Data.Files.Count(f => f.Present));
    }

    [Fact]
    public void Read_WithoutReps_IsR002()
    {
        using var folder = new TempRawFolder().With("orders.csv", "order_id\n");

        Assert.Equal("KPIW-R002", RawDataReader.Read(folder.Path).Error!.Code);
    }

    [Fact]
    public void Read_MissingFolderOrQuarantine_IsR001OrR003()
    {
        using var folder = new TempRawFolder().With("reps.csv", Reps);

        Assert.Equal("KPIW-R001", RawDataReader.Read(Path.Combine(folder.Path, "nope")).Error!.Code);
        Assert.Equal("KPIW-R003", RawDataReader.Read(folder.Path, new RawReadOptions(QuarantinePath: Path.Combine(folder.Path, "q.csv"))).Error!.Code);
    }

    [Fact]
    public void Read_UnparsableRowNotQuarantined_IsSkippedAndReportedAsFinding()
    {
        using var folder = new TempRawFolder()
            .With("reps.csv", Reps)
            .With("orders.csv",
                "order_id,line_no,order_date,customer_id,product_id,rep_id,opportunity_id,quantity,unit_price,discount_pct,unit_cost\n" +
                "O1,1,2024-03-05,C1,P1,R1,,2,10,0,1\n" +
                "O2,1,2024-03-06,C1,P1,R1,,two,10,0,1\n" +
                "O3,1,2024-03-07,C1,P1,R1,,1,10,0\n");

        var data = RawDataReader.Read(folder.Path).Value;

        Assert.Single(data.Orders);
        Assert.Equal(["KPIW-R012", "KPIW-R011"], data.Findings.Select(f => f.Code));
        Assert.Equal("orders.csv:3", data.Findings[0].Location);
        Assert.Equal(2, data.Files.Single(f => f.Entity == "orders").Skipped);
    }

    [Fact]
    public void Read_HeaderInAnyOrderAndCase_WithExtraColumns_MapsByName()
    {
        using var folder = new TempRawFolder()
            .With("reps.csv", Reps)
            .With("marketing_spend.csv", "Amount,note,CHANNEL,category,spend_date\n12.5,x, Paid_Search ,marketing,2024-03-02\n");

        var calculator = ReferenceCalculator.FromRawFolder(folder.Path).Value;

        Assert.Equal(12.5m, calculator.Evaluate("Marketing Spend", March2024.With(Dimension.Channel, "Channel", "paid_search")));
        Assert.Equal(["paid_search"], calculator.MemberValues(Dimension.Channel, "Channel"));
    }
}
