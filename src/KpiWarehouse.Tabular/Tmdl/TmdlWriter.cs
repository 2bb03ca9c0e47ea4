using KpiWarehouse.Tabular.Model;
using static KpiWarehouse.Tabular.Naming.Tmdl;

namespace KpiWarehouse.Tabular.Tmdl;

/// <summary>
/// Writes a database as a TMDL <c>definition/</c> folder, in the layout and property order Microsoft's own
/// serializer uses: database.tmdl, model.tmdl, expressions.tmdl, relationships.tmdl, tables/, cultures/,
/// perspectives/, roles/.
/// </summary>
public static partial class TmdlWriter
{
    /// <summary>The files of the definition folder, paths relative to it, in a stable order.</summary>
    public static IReadOnlyList<GeneratedFile> Write(Database database)
    {
        var model = database.Model;
        var files = new List<GeneratedFile>
        {
            new("database.tmdl", new TmdlText()
                .Line(0, "database " + Name(database.Name))
                .Property(1, "compatibilityLevel", database.CompatibilityLevel.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Blank().ToString()),
            new("model.tmdl", ModelFile(model)),
        };
        if (model.Expressions.Count > 0)
            files.Add(new("expressions.tmdl", Expressions(model)));
        if (model.Relationships.Count > 0)
            files.Add(new("relationships.tmdl", Relationships(model)));
        files.AddRange(model.Tables.Select(t => new GeneratedFile($"tables/{TmdlFileNames.For(t.Name)}.tmdl", Table(t))));
        files.AddRange(model.Cultures.Select(c => new GeneratedFile($"cultures/{TmdlFileNames.For(c.Name)}.tmdl", Culture(c))));
        files.AddRange(model.Perspectives.Select(p => new GeneratedFile($"perspectives/{TmdlFileNames.For(p.Name)}.tmdl", Perspective(p))));
        files.AddRange(model.Roles.Select(r => new GeneratedFile($"roles/{TmdlFileNames.For(r.Name)}.tmdl", Role(r))));
        return files;
    }

    private static string ModelFile(Model.Model model)
    {
        var text = new TmdlText()
            .Line(0, "model " + Name(model.Name))
            .Property(1, "culture", model.Culture)
            .Property(1, "defaultPowerBIDataSourceVersion", "powerBI_V3")
            .Flag(1, "discourageImplicitMeasures", model.DiscourageImplicitMeasures)
            .Property(1, "sourceQueryCulture", model.Culture)
            .Blank();
        foreach (var group in model.QueryGroups)
            text.Line(0, "queryGroup " + Name(group)).Blank();
        RefBlock(text, "table", model.Tables.Select(t => t.Name));
        RefBlock(text, "role", model.Roles.Select(r => r.Name));
        RefBlock(text, "perspective", model.Perspectives.Select(p => p.Name));
        RefBlock(text, "cultureInfo", model.Cultures.Select(c => c.Name));
        return text.ToString();
    }

    private static void RefBlock(TmdlText text, string kind, IEnumerable<string> names)
    {
        var any = false;
        foreach (var name in names)
        {
            text.Line(0, $"ref {kind} {Name(name)}");
            any = true;
        }
        if (any)
            text.Blank();
    }

    private static string Expressions(Model.Model model)
    {
        var text = new TmdlText();
        foreach (var expression in model.Expressions)
        {
            text.Description(0, expression.Description)
                .Expression(0, "expression " + Name(expression.Name), expression.Expression, 2)
                .Property(1, "lineageTag", expression.LineageTag)
                .Property(1, "queryGroup", expression.QueryGroup)
                .Blank();
        }
        return text.ToString();
    }

    private static string Relationships(Model.Model model)
    {
        var text = new TmdlText();
        foreach (var r in model.Relationships)
        {
            text.Line(0, "relationship " + Name(r.Name));
            if (!r.IsActive)
                text.Property(1, "isActive", "false");
            text.Line(1, "fromColumn: " + ColumnReference(r.FromTable, r.FromColumn))
                .Line(1, "toColumn: " + ColumnReference(r.ToTable, r.ToColumn))
                .Blank();
        }
        return text.ToString();
    }
}
