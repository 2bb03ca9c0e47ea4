using KpiWarehouse.Catalog;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Checks;

/// <summary>
/// Until the DAX engine's parser lands: every measure, KPI and calculation item is balanced, refers only to objects
/// of the model, uses only the functions the project's DAX engine implements, and honours the catalog's Dims.
/// </summary>
public sealed class DaxSanityTests
{
    // Issue 8's function list (plus operators' keywords), and CONVERT (money ÷ count in real arithmetic): the
    // project's DAX engine evaluates these.
    private static readonly HashSet<string> EngineFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "SUM", "SUMX", "AVERAGE", "AVERAGEX", "MIN", "MAX", "MINX", "MAXX", "COUNT", "COUNTA", "COUNTROWS", "COUNTX",
        "DISTINCTCOUNT", "COUNTBLANK", "FILTER", "ALL", "ALLEXCEPT", "ALLSELECTED", "REMOVEFILTERS", "KEEPFILTERS", "VALUES",
        "DISTINCT", "RELATED", "RELATEDTABLE", "USERELATIONSHIP", "CROSSFILTER", "TREATAS", "CALCULATE", "CALCULATETABLE",
        "ADDCOLUMNS", "SELECTCOLUMNS", "SUMMARIZE", "SUMMARIZECOLUMNS", "TOPN", "CROSSJOIN", "DATATABLE", "ROW",
        "GENERATESERIES", "SELECTEDVALUE", "HASONEVALUE", "ISFILTERED", "ISBLANK", "ISINSCOPE", "IF", "SWITCH", "COALESCE",
        "AND", "OR", "NOT", "BLANK", "TRUE", "FALSE", "DATE", "YEAR", "MONTH", "DAY", "EOMONTH", "EDATE", "DATEDIFF",
        "DATEADD", "SAMEPERIODLASTYEAR", "PARALLELPERIOD", "DATESYTD", "DATESQTD", "DATESMTD", "TOTALYTD", "DATESBETWEEN",
        "DATESINPERIOD", "PREVIOUSMONTH", "PREVIOUSYEAR", "STARTOFMONTH", "ENDOFMONTH", "FIRSTDATE", "LASTDATE",
        "SELECTEDMEASURE", "SELECTEDMEASURENAME", "ISSELECTEDMEASURE", "SELECTEDMEASUREFORMATSTRING", "USERPRINCIPALNAME",
        "DIVIDE", "CONVERT",
    };

    public static TheoryData<string> Expressions()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllExpressions(Models.Database))
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Dax_EveryExpression_BalancedWithKnownReferencesAndEngineFunctions(string name)
    {
        var dax = AllExpressions(Models.Database).Single(e => e.Name == name).Dax;
        Assert.Null(DaxBalance.Check(dax));

        var measures = Models.Database.Model.Tables.SelectMany(t => t.Measures).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in DaxReferences.Scan(dax))
            Assert.Null(ModelBuilder.Resolve(Models.Database.Model, measures, reference));

        var calls = System.Text.RegularExpressions.Regex.Matches(DaxText.Code(dax), @"\b([A-Z][A-Z0-9\.]*)\s*\(")
            .Select(m => m.Groups[1].Value);
        Assert.All(calls, f => Assert.Contains(f, EngineFunctions));
    }

    [Theory]
    [MemberData(nameof(KpiNames))]
    public void Dax_EveryKpi_FilteredByExactlyItsCatalogDims(string name)
    {
        var effective = EffectiveDimensions(name, []);
        var kpi = Models.Catalog.Find(name)!;
        if (PartialRemovals.Contains(name))
            Assert.Subset(kpi.Dimensions.ToHashSet(), effective);
        else
            Assert.Equal(kpi.Dimensions.Order(), effective.Order());
    }

    // Their DAX removes a listed dimension from one part only (the share's denominator is every customer's revenue).
    private static readonly HashSet<string> PartialRemovals = ["Revenue Share %"];

    public static TheoryData<string> KpiNames()
    {
        var data = new TheoryData<string>();
        foreach (var kpi in Models.Catalog.Kpis)
            data.Add(kpi.Name);
        return data;
    }

    [Fact]
    public void Build_MeasureReferringToMissingColumn_FailsWithM007()
    {
        var kpi = Models.Catalog.Kpis[0] with { Dax = "SUM ( 'Sales'[No Such Column] )" };
        var catalog = Models.Catalog with { Kpis = [kpi, .. Models.Catalog.Kpis.Skip(1)] };

        var build = ModelBuilder.Build(catalog, Models.Schema, new ModelOptions());

        Assert.Equal("KPIW-M007", build.Error?.Code);
        Assert.Contains("'Sales'[No Such Column]", build.Error!.Message);
    }

    /// <summary>
    /// The dimensions whose filters reach a measure: those related to the tables its DAX reads, plus those reaching
    /// the measures it calls, minus those its DAX removes with REMOVEFILTERS. ('Date' is always applicable.)
    /// </summary>
    private static HashSet<string> EffectiveDimensions(string measure, HashSet<string> visiting)
    {
        var model = Models.Database.Model;
        var dax = model.FindTable(ModelBuilder.MeasureTable)!.Measures.Single(m => m.Name == measure).Expression;
        var dimensions = new HashSet<string>();
        visiting.Add(measure);
        // ALL ( 'T' ) as a table reads every row of T whatever the filters (the "does the source have T" guards).
        dax = System.Text.RegularExpressions.Regex.Replace(dax, @"\bALL \( '[^']+' \)", "ALL ( )");
        foreach (var reference in DaxReferences.Scan(dax))
        {
            if (reference.Table is null && !visiting.Contains(reference.Name))
                dimensions.UnionWith(EffectiveDimensions(reference.Name, [.. visiting]));
            else if (reference.Table is { } table)
                dimensions.UnionWith(Reaching(model, table));
        }
        foreach (var removed in System.Text.RegularExpressions.Regex.Matches(dax, @"REMOVEFILTERS \( '([^']+)' \)"))
            dimensions.Remove(((System.Text.RegularExpressions.Match)removed).Groups[1].Value);
        return dimensions;
    }

    private static IEnumerable<string> Reaching(Model.Model model, string table)
    {
        if (CatalogReader.Dimensions.Contains(table))
            return [table];
        return model.Relationships.Where(r => r.FromTable == table && CatalogReader.Dimensions.Contains(r.ToTable)).Select(r => r.ToTable);
    }

    private static IEnumerable<(string Name, string Dax)> AllExpressions(Database database)
    {
        foreach (var table in database.Model.Tables)
        {
            foreach (var measure in table.Measures)
            {
                yield return ($"measure {measure.Name}", measure.Expression);
                if (measure.Kpi is { } kpi)
                {
                    yield return ($"kpi target {measure.Name}", kpi.TargetExpression);
                    yield return ($"kpi status {measure.Name}", kpi.StatusExpression);
                }
            }
            foreach (var item in table.CalculationGroup?.Items ?? [])
            {
                yield return ($"calculation item {item.Name}", item.Expression);
                if (item.FormatStringExpression is { } format)
                    yield return ($"format of {item.Name}", format);
            }
        }
        foreach (var role in database.Model.Roles)
        {
            foreach (var permission in role.TablePermissions)
                yield return ($"role {role.Name} on {permission.Table}", permission.FilterExpression);
        }
    }
}
