using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Tmsl;

/// <summary>
/// Writes a database as TMSL JSON: the <c>model.bim</c> database object, and a <c>createOrReplace</c> command
/// that deploys it to an XMLA endpoint. Property order follows Microsoft's serializer; defaults are omitted.
/// </summary>
public static partial class TmslWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Accents and symbols stay readable in diffs; JSON still escapes quotes, backslashes and control characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The model.bim text: the TMSL database object.</summary>
    public static string Database(Database database) => Json(w => WriteDatabase(w, database));

    /// <summary>A TMSL script creating or replacing the database on a server.</summary>
    public static string CreateOrReplace(Database database) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("createOrReplace");
        w.WriteStartObject("object");
        w.WriteString("database", database.Name);
        w.WriteEndObject();
        w.WritePropertyName("database");
        WriteDatabase(w, database);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
            write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDatabase(Utf8JsonWriter w, Database database)
    {
        w.WriteStartObject();
        w.WriteString("name", database.Name);
        w.WriteNumber("compatibilityLevel", database.CompatibilityLevel);
        w.WriteStartObject("model");
        WriteModel(w, database.Model);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteModel(Utf8JsonWriter w, Model.Model model)
    {
        w.WriteString("culture", model.Culture);
        w.WriteString("defaultPowerBIDataSourceVersion", "powerBI_V3");
        if (model.DiscourageImplicitMeasures)
            w.WriteBoolean("discourageImplicitMeasures", true);
        w.WriteString("sourceQueryCulture", model.Culture);
        Array(w, "tables", model.Tables, WriteTable);
        Array(w, "relationships", model.Relationships, WriteRelationship);
        Array(w, "cultures", model.Cultures, WriteCulture);
        Array(w, "perspectives", model.Perspectives, WritePerspective);
        Array(w, "roles", model.Roles, WriteRole);
        Array(w, "expressions", model.Expressions, WriteExpression);
        Array(w, "queryGroups", model.QueryGroups, (w, g) =>
        {
            w.WriteStartObject();
            w.WriteString("folder", g);
            w.WriteEndObject();
        });
    }

    private static void WriteRelationship(Utf8JsonWriter w, Relationship r)
    {
        w.WriteStartObject();
        w.WriteString("name", r.Name);
        w.WriteString("fromTable", r.FromTable);
        w.WriteString("fromColumn", r.FromColumn);
        w.WriteString("toTable", r.ToTable);
        w.WriteString("toColumn", r.ToColumn);
        if (!r.IsActive)
            w.WriteBoolean("isActive", false);
        w.WriteEndObject();
    }

    private static void WriteExpression(Utf8JsonWriter w, NamedExpression e)
    {
        w.WriteStartObject();
        w.WriteString("name", e.Name);
        Optional(w, "description", e.Description);
        w.WriteString("kind", "m");
        w.WriteString("expression", e.Expression);
        Optional(w, "queryGroup", e.QueryGroup);
        w.WriteString("lineageTag", e.LineageTag);
        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyCollection<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
            return;
        w.WriteStartArray(name);
        foreach (var item in items)
            write(w, item);
        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
            w.WriteString(name, value);
    }
}
