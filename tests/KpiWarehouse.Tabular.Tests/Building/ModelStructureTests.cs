using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Building;

/// <summary>The shape model-contract.md and the issue ask for, checked on the model built from the fixture warehouse.</summary>
public sealed class ModelStructureTests
{
    private static Model.Model Model => Models.Database.Model;

    public static TheoryData<string, string[]> ContractColumns => new()
    {
        { "Date", ["Date", "Year", "Year Quarter", "Year Month", "Month Name"] },
        { "Customer", ["Customer Id", "Customer Name", "Segment", "Industry", "Country", "Region", "City"] },
        { "Rep", ["Rep Id", "Rep Name", "Role", "Team", "Region", "Manager"] },
        { "Product", ["Product Id", "Product Name", "Product Line", "Category"] },
        { "Channel", ["Channel"] },
    };

    [Theory]
    [MemberData(nameof(ContractColumns))]
    public void Dimension_ContractColumns_ExistVisible(string table, string[] columns)
    {
        var dimension = Model.FindTable(table)!;
        Assert.All(columns, c => Assert.False(dimension.FindColumn(c)?.IsHidden ?? true, $"'{table}'[{c}] missing or hidden"));
    }

    [Fact]
    public void DateTable_MarkedWithSortedMonthNameAndCalendarHierarchy()
    {
        var date = Model.FindTable("Date")!;

        Assert.Equal("Time", date.DataCategory);
        Assert.True(date.FindColumn("Date")!.IsKey);
        Assert.Equal("Month Number", date.FindColumn("Month Name")!.SortByColumn);
        Assert.Equal(["Year Quarter", "Year Month"], date.Hierarchies.Single().Levels.Skip(1).Take(2).Select(l => l.Column));
    }

    [Theory]
    [InlineData("Date", "Calendar", "Year,Quarter,Month,Date")]
    [InlineData("Customer", "Geography", "Region,Country,City")]
    [InlineData("Rep", "Sales Organization", "Region,Team,Rep")]
    public void Hierarchy_Dimension_LevelsTopDown(string table, string hierarchy, string levels) =>
        Assert.Equal(levels.Split(','), Model.FindTable(table)!.Hierarchies.Single(h => h.Name == hierarchy).Levels.Select(l => l.Name));

    [Theory]
    [InlineData("Opportunities", "Created Date", "Closed Date")]
    [InlineData("Quotes", "Sent Date", "Decided Date")]
    [InlineData("Leads", "Created Date", "MQL Date,SQL Date")]
    [InlineData("Meetings", "Invited Date", "Scheduled Date")]
    [InlineData("Sales", "Order Date", "")]
    public void DateRelationships_RolePlayingFact_FirstActiveOthersInactive(string fact, string active, string inactive)
    {
        var dates = Model.Relationships.Where(r => r.FromTable == fact && r.ToTable == "Date").ToList();

        Assert.Equal([active], dates.Where(r => r.IsActive).Select(r => r.FromColumn));
        Assert.Equal(inactive.Split(',', StringSplitOptions.RemoveEmptyEntries), dates.Where(r => !r.IsActive).Select(r => r.FromColumn));
    }

    [Fact]
    public void Relationships_EveryRepKeyFact_FilteredByRep()
    {
        var withRepKey = Model.Tables.Where(t => t.FindColumn("Rep Key") is not null && t.Name != "Rep").Select(t => t.Name).Order();
        var relatedToRep = Model.Relationships.Where(r => r.ToTable == "Rep" && r.IsActive).Select(r => r.FromTable).Order();

        Assert.Equal(withRepKey, relatedToRep);
        Assert.Contains("Targets", relatedToRep);
    }

    [Fact]
    public void Columns_MoneyAndKeys_TypedDecimalAndHiddenInt64()
    {
        var columns = Model.Tables.SelectMany(t => t.Columns.Select(c => (Table: t.Name, Column: c))).ToList();

        Assert.All(columns.Where(c => c.Column.SourceColumn.EndsWith("_amount", StringComparison.Ordinal)), c => Assert.Equal(DataType.Decimal, c.Column.DataType));
        Assert.All(columns.Where(c => c.Column.SourceColumn.EndsWith("_key", StringComparison.Ordinal)), c =>
        {
            Assert.Equal(DataType.Int64, c.Column.DataType);
            Assert.True(c.Column.IsHidden);
            Assert.Equal(SummarizeBy.None, c.Column.SummarizeBy);
        });
        Assert.DoesNotContain(columns, c => c.Column.SourceColumn == "year" && c.Table != "Date");
    }

    [Fact]
    public void Measures_AllInKpiTableInCatalogFolders()
    {
        var measures = Model.Tables.SelectMany(t => t.Measures.Select(m => (Table: t.Name, Measure: m))).ToList();

        Assert.Equal(80, measures.Count);
        Assert.All(measures, m => Assert.Equal(ModelBuilder.MeasureTable, m.Table));
        Assert.All(measures, m => Assert.Contains(m.Measure.DisplayFolder, Models.Catalog.Folders.Select(f => f.Name)));
        Assert.True(Model.DiscourageImplicitMeasures);
    }

    [Fact]
    public void Kpis_RevenueNewLeadsDealsWon_TargetFromTargetsMetric()
    {
        var kpis = Model.FindTable(ModelBuilder.MeasureTable)!.Measures.Where(m => m.Kpi is not null).ToDictionary(m => m.Name, m => m.Kpi!);

        Assert.Equal(["Deals Won", "New Leads", "Revenue"], kpis.Keys.Order());
        Assert.Contains("\"NEW_LEADS\"", kpis["New Leads"].TargetExpression);
        Assert.Contains("[New Leads]", kpis["New Leads"].StatusExpression);
    }

    [Fact]
    public void TimeIntelligence_EightItemsPercentOnlyForYoYPercent()
    {
        var group = Model.FindTable(ModelBuilder.TimeIntelligenceTable)!.CalculationGroup!;

        Assert.Equal(["Current", "MTD", "QTD", "YTD", "PY", "PYTD", "YoY", "YoY %"], group.Items.Select(i => i.Name));
        Assert.Equal("\"0.0%\"", group.Items[^1].FormatStringExpression);
        Assert.All(group.Items.SkipLast(1), i => Assert.Equal("SELECTEDMEASUREFORMATSTRING ()", i.FormatStringExpression));
        var additive = Models.Catalog.Kpis.Where(k => k.IsAdditive).ToList();
        Assert.All(group.Items.Skip(1), i => Assert.All(additive, k => Assert.Contains($"[{k.Name}]", i.Expression)));
        Assert.DoesNotContain("[Win Rate]", group.Items[1].Expression);
    }

    [Fact]
    public void Roles_RepAndManager_FilterRepByLogin()
    {
        var roles = Model.Roles.ToDictionary(r => r.Name);

        Assert.Equal("'Rep'[Email] = USERPRINCIPALNAME ()", roles["Rep"].TablePermissions.Single().FilterExpression);
        Assert.Contains("'Rep'[Manager Email] = USERPRINCIPALNAME ()", roles["Manager"].TablePermissions.Single().FilterExpression);
    }

    [Fact]
    public void Perspectives_PerAudience_ShowTheirFoldersOnly()
    {
        var perspectives = Model.Perspectives.ToDictionary(p => p.Name);
        var sdr = perspectives["SDR"].Tables.Single(t => t.Table == ModelBuilder.MeasureTable).Measures;

        Assert.Equal(["Account Manager", "BDM", "Marketing", "SDR", "Sales Director"], perspectives.Keys.Order());
        Assert.Contains("Outbound Calls", sdr);
        Assert.DoesNotContain("Revenue", sdr);
        Assert.Equal(80, perspectives["Sales Director"].Tables.Single(t => t.Table == ModelBuilder.MeasureTable).Measures.Count);
    }

    [Fact]
    public void Culture_FrFr_TranslatesEveryVisibleObject()
    {
        var culture = Model.Cultures.Single();
        var visibleTables = Model.Tables.Where(t => !t.IsHidden).ToList();

        Assert.Empty(Models.Build.Untranslated);
        Assert.Equal(visibleTables.Select(t => t.Name), culture.Tables.Select(t => t.Table));
        foreach (var table in visibleTables)
        {
            var translated = culture.Tables.Single(t => t.Table == table.Name);
            Assert.Equal(table.Columns.Where(c => !c.IsHidden).Select(c => c.Name), translated.Columns.Select(c => c.Name));
            Assert.Equal(table.Measures.Select(m => m.Name), translated.Measures.Select(m => m.Name));
            Assert.Equal(table.Hierarchies.Select(h => h.Name), translated.Hierarchies.Select(h => h.Hierarchy));
        }
        var revenue = culture.Tables.Single(t => t.Table == ModelBuilder.MeasureTable).Measures[0].Translation;
        Assert.Equal(new Translation("Chiffre d'affaires", Models.Catalog.Kpis[0].Description.French, "Ventes"), revenue);
    }

    [Fact]
    public void Partitions_ReadParquetUnderOneParameter()
    {
        var sales = (MPartitionSource)Model.FindTable("Sales")!.Partitions.Single().Source;
        var customer = (MPartitionSource)Model.FindTable("Customer")!.Partitions.Single().Source;

        Assert.Contains("Folder.Files ( #\"Warehouse Folder\" & \"/parquet/fct_sales\" )", sales.Expression);
        Assert.Contains("Parquet.Document", sales.Expression);
        Assert.Contains("Parquet.Document ( File.Contents ( #\"Warehouse Folder\" & \"/parquet/dim_customer/data.parquet\" ) )", customer.Expression);
        Assert.Equal(["Warehouse Folder", "RangeStart", "RangeEnd"], Model.Expressions.Select(e => e.Name));
    }

    [Fact]
    public void RefreshPolicy_LargeAppendOnlyFacts_FilterOnTheirDate()
    {
        var policies = Model.Tables.Where(t => t.RefreshPolicy is not null).ToDictionary(t => t.Name, t => t.RefreshPolicy!);

        Assert.Equal(["Activities", "Sales"], policies.Keys.Order());
        Assert.Contains("DateTime.From ( [order_date] ) >= RangeStart", policies["Sales"].SourceExpression);
        Assert.Contains("< RangeEnd", policies["Activities"].SourceExpression);
    }
}
