using KpiWarehouse.Tabular.Model;
using static KpiWarehouse.Tabular.Naming.Tmdl;

namespace KpiWarehouse.Tabular.Tmdl;

public static partial class TmdlWriter
{
    private static string Culture(Culture culture)
    {
        var text = new TmdlText()
            .Line(0, "cultureInfo " + Name(culture.Name))
            .Blank()
            .Line(1, "translations")
            .Line(2, "model Model");
        foreach (var table in culture.Tables)
        {
            text.Line(3, "table " + Name(table.Table));
            Translated(text, 4, table.Translation);
            foreach (var (name, translation) in table.Columns)
                Translated(text.Line(4, "column " + Name(name)), 5, translation);
            foreach (var (name, translation) in table.Measures)
                Translated(text.Line(4, "measure " + Name(name)), 5, translation);
            foreach (var hierarchy in table.Hierarchies)
            {
                text.Line(4, "hierarchy " + Name(hierarchy.Hierarchy)).Property(5, "caption", hierarchy.Caption);
                foreach (var (level, caption) in hierarchy.Levels)
                    text.Line(5, "level " + Name(level)).Property(6, "caption", caption);
            }
        }
        return text.Blank().ToString();
    }

    private static void Translated(TmdlText text, int depth, Translation translation) =>
        text.Property(depth, "caption", translation.Caption)
            .Text(depth, "description", translation.Description)
            .Property(depth, "displayFolder", translation.DisplayFolder);

    private static string Perspective(Perspective perspective)
    {
        var text = new TmdlText().Line(0, "perspective " + Name(perspective.Name)).Blank();
        foreach (var table in perspective.Tables)
        {
            text.Line(1, "perspectiveTable " + Name(table.Table)).Blank();
            foreach (var column in table.Columns)
                text.Line(2, "perspectiveColumn " + Name(column)).Blank();
            foreach (var measure in table.Measures)
                text.Line(2, "perspectiveMeasure " + Name(measure)).Blank();
            foreach (var hierarchy in table.Hierarchies)
                text.Line(2, "perspectiveHierarchy " + Name(hierarchy)).Blank();
        }
        return text.ToString();
    }

    private static string Role(Role role)
    {
        var text = new TmdlText()
            .Description(0, role.Description)
            .Line(0, "role " + Name(role.Name))
            .Property(1, "modelPermission", role.ModelPermission)
            .Blank();
        foreach (var permission in role.TablePermissions)
            text.Expression(1, "tablePermission " + Name(permission.Table), permission.FilterExpression, 3).Blank();
        return text.ToString();
    }
}
