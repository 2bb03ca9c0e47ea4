using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Building;

public static partial class ModelBuilder
{
    private static readonly Dictionary<string, string> FrenchTables = new()
    {
        [MeasureTable] = "KPI",
        [TimeIntelligenceTable] = "Analyse temporelle",
    };

    private static readonly Dictionary<(string Table, string Column), string> FrenchSpecialColumns = new()
    {
        [(TimeIntelligenceTable, "Time Calculation")] = "Calcul temporel",
    };

    /// <summary>fr-FR captions of every visible table, column, measure (with its description and folder) and hierarchy.</summary>
    private static void AddCulture(Context build)
    {
        var culture = new Culture { Name = "fr-FR" };
        var folders = build.Catalog.Folders.ToDictionary(f => f.Name, f => f.French);
        foreach (var table in build.Model.Tables.Where(t => !t.IsHidden))
        {
            var star = StarModel.Tables.FirstOrDefault(s => s.Name == table.Name);
            var caption = star?.French ?? FrenchTables.GetValueOrDefault(table.Name);
            var entry = new TableTranslation { Table = table.Name, Translation = new Translation(Caption: Known(build, caption, table.Name, table.Name)) };
            foreach (var column in table.Columns.Where(c => !c.IsHidden))
            {
                var french = FrenchSpecialColumns.GetValueOrDefault((table.Name, column.Name)) ?? ColumnNames.French(column.Name);
                entry.Columns.Add((column.Name, new Translation(Known(build, french, column.Name, $"{table.Name}[{column.Name}]"))));
            }
            foreach (var measure in table.Measures.Where(m => !m.IsHidden))
            {
                var kpi = build.Catalog.Find(measure.Name);
                entry.Measures.Add((measure.Name, new Translation(
                    Known(build, kpi?.French, measure.Name, $"[{measure.Name}]"),
                    kpi?.Description.French,
                    measure.DisplayFolder is { } folder ? folders.GetValueOrDefault(folder, folder) : null)));
            }
            foreach (var hierarchy in table.Hierarchies)
            {
                var spec = StarModel.Hierarchies.First(h => h.Name == hierarchy.Name && StarModel.Find(h.Table)?.Name == table.Name);
                var translation = new HierarchyTranslation { Hierarchy = hierarchy.Name, Caption = spec.French };
                translation.Levels.AddRange(spec.Levels.Select(l => (l.Name, l.French)));
                entry.Hierarchies.Add(translation);
            }
            culture.Tables.Add(entry);
        }
        build.Model.Cultures.Add(culture);
    }

    /// <summary>The French caption, or the English one (noted as untranslated) when none is known.</summary>
    private static string Known(Context build, string? french, string english, string what)
    {
        if (french is not null)
            return french;
        build.Untranslated.Add(what);
        return english;
    }
}
