using System.Text.Json;
using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Tmsl;

public static partial class TmslWriter
{
    private static void WriteCulture(Utf8JsonWriter w, Culture culture)
    {
        w.WriteStartObject();
        w.WriteString("name", culture.Name);
        w.WriteStartObject("translations");
        w.WriteStartObject("model");
        w.WriteString("name", "Model");
        Array(w, "tables", culture.Tables, WriteTableTranslation);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTableTranslation(Utf8JsonWriter w, TableTranslation table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Table);
        Translated(w, table.Translation);
        Array(w, "columns", table.Columns, Named);
        Array(w, "measures", table.Measures, Named);
        Array(w, "hierarchies", table.Hierarchies, (w, h) =>
        {
            w.WriteStartObject();
            w.WriteString("name", h.Hierarchy);
            w.WriteString("translatedCaption", h.Caption);
            Array(w, "levels", h.Levels, (w, level) =>
            {
                w.WriteStartObject();
                w.WriteString("name", level.Name);
                w.WriteString("translatedCaption", level.Caption);
                w.WriteEndObject();
            });
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void Named(Utf8JsonWriter w, (string Name, Translation Translation) item)
    {
        w.WriteStartObject();
        w.WriteString("name", item.Name);
        Translated(w, item.Translation);
        w.WriteEndObject();
    }

    private static void Translated(Utf8JsonWriter w, Translation translation)
    {
        Optional(w, "translatedCaption", translation.Caption);
        Optional(w, "translatedDescription", translation.Description);
        Optional(w, "translatedDisplayFolder", translation.DisplayFolder);
    }

    private static void WritePerspective(Utf8JsonWriter w, Perspective perspective)
    {
        w.WriteStartObject();
        w.WriteString("name", perspective.Name);
        Array(w, "tables", perspective.Tables, (w, t) =>
        {
            w.WriteStartObject();
            w.WriteString("name", t.Table);
            Array(w, "columns", t.Columns, NameOnly);
            Array(w, "measures", t.Measures, NameOnly);
            Array(w, "hierarchies", t.Hierarchies, NameOnly);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void NameOnly(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter w, Role role)
    {
        w.WriteStartObject();
        w.WriteString("name", role.Name);
        Optional(w, "description", role.Description);
        w.WriteString("modelPermission", role.ModelPermission);
        Array(w, "tablePermissions", role.TablePermissions, (w, p) =>
        {
            w.WriteStartObject();
            w.WriteString("name", p.Table);
            w.WriteString("filterExpression", p.FilterExpression);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }
}
