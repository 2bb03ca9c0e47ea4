using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Naming;

namespace KpiWarehouse.Tabular.Building;

public static partial class ModelBuilder
{
    /// <summary>The items of the time-intelligence group, in display order: name, description, DAX over the selected measure.</summary>
    private static readonly (string Name, string Description, string Expression)[] TimeItems =
    [
        ("Current", "The measure as it is.", "SELECTEDMEASURE ()"),
        ("MTD", "Month to date.", "CALCULATE ( SELECTEDMEASURE (), DATESMTD ( {date} ) )"),
        ("QTD", "Quarter to date.", "CALCULATE ( SELECTEDMEASURE (), DATESQTD ( {date} ) )"),
        ("YTD", "Year to date.", "CALCULATE ( SELECTEDMEASURE (), DATESYTD ( {date} ) )"),
        ("PY", "The same dates one year earlier.", "CALCULATE ( SELECTEDMEASURE (), SAMEPERIODLASTYEAR ( {date} ) )"),
        ("PYTD", "Year to date, one year earlier.", "CALCULATE ( SELECTEDMEASURE (), DATESYTD ( SAMEPERIODLASTYEAR ( {date} ) ) )"),
        ("YoY", "The measure minus its value one year earlier.",
            "VAR CurrentValue = SELECTEDMEASURE ()\nVAR PriorValue = CALCULATE ( SELECTEDMEASURE (), SAMEPERIODLASTYEAR ( {date} ) )\nRETURN\n    CurrentValue - PriorValue"),
        ("YoY %", "The change from one year earlier, as a fraction of that year's value.",
            "VAR CurrentValue = SELECTEDMEASURE ()\nVAR PriorValue = CALCULATE ( SELECTEDMEASURE (), SAMEPERIODLASTYEAR ( {date} ) )\nRETURN\n    DIVIDE ( COALESCE ( CurrentValue, 0 ) - PriorValue, PriorValue )"),
    ];

    private static Diagnostic? AddTimeIntelligence(Context build)
    {
        var date = Ref(build, "Date", "date");
        var additive = build.Catalog.Kpis.Where(k => k.IsAdditive).Select(k => "        " + Dax.Name(k.Name)).ToList();
        var group = new CalculationGroup { Precedence = 10 };
        foreach (var (name, description, template) in TimeItems)
        {
            var expression = template.Replace("{date}", date, StringComparison.Ordinal);
            if (name != "Current")
            {
                // The items shift or accumulate dates, which is meaningful only for additive measures; the others
                // (ratios, "as of end" balances) show BLANK rather than a number that looks right and is not.
                expression = string.Join('\n',
                    "IF (",
                    "    ISSELECTEDMEASURE (",
                    string.Join(",\n", additive),
                    "    ),",
                    string.Join('\n', expression.Split('\n').Select(l => "    " + l)),
                    ")");
            }
            group.Items.Add(new CalculationItem
            {
                Name = name,
                Description = description,
                Expression = expression,
                FormatStringExpression = name == "YoY %" ? Dax.String("0.0%") : "SELECTEDMEASUREFORMATSTRING ()",
            });
        }

        var table = new Table
        {
            Name = TimeIntelligenceTable,
            Description = "Time calculations over the additive KPIs: pick one in 'Time Calculation'.",
            LineageTag = LineageTags.For("table", TimeIntelligenceTable),
            CalculationGroup = group,
        };
        table.Columns.Add(new Column
        {
            Name = "Time Calculation",
            DataType = DataType.String,
            SourceColumn = "Name",
            SortByColumn = "Ordinal",
            LineageTag = LineageTags.For("column", TimeIntelligenceTable, "Time Calculation"),
        });
        table.Columns.Add(new Column
        {
            Name = "Ordinal",
            DataType = DataType.Int64,
            SourceColumn = "Ordinal",
            IsHidden = true,
            LineageTag = LineageTags.For("column", TimeIntelligenceTable, "Ordinal"),
        });
        table.Partitions.Add(new Partition { Name = TimeIntelligenceTable, Source = new CalculationGroupSource() });
        build.Model.Tables.Add(table);
        return null;
    }
}
