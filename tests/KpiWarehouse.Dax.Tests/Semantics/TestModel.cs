using System.Globalization;
using System.Text.Json;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Tests.Semantics;

/// <summary>
/// Loads the hand-made test model: <c>Model/model.json</c> names the tables (each a CSV beside it,
/// with the DAX type of every column), the generated calendar, relationships, measures, calculation
/// groups (with their selection expressions), roles and calculated columns and tables (<c>calculated</c>:
/// <c>{"column": "T[C]", "expression": …, "type"?: …}</c> or <c>{"table": …, "expression": …}</c>, in definition
/// order). Other <c>Model/NAME.json</c> files describe variants over the same CSVs. The engine reads no files; this helper does, and hands it column arrays.
/// </summary>
internal static class TestModel
{
    private static readonly Lazy<SemanticModel> Shared = new(() => Load(Path.Combine(SemanticCases.Directory, "Model")));
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ModelBuildResult> NamedModels = new();

    public static SemanticModel Instance => Shared.Value;

    /// <summary>The model of <c>Model/NAME.json</c> (a case's <c>// model: NAME</c> line), or its build errors.</summary>
    public static ModelBuildResult Named(string name) =>
        NamedModels.GetOrAdd(name, n => Build(Path.Combine(SemanticCases.Directory, "Model"), n + ".json"));

    public static SemanticModel Load(string folder)
    {
        var result = Build(folder, "model.json");
        if (!result.IsSuccess) throw new InvalidOperationException("Test model is invalid: " + string.Join("; ", result.Errors));
        return result.Model!;
    }

    private static ModelBuildResult Build(string folder, string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
        var root = json.RootElement;
        var builder = new ModelBuilder();
        if (root.TryGetProperty("calendar", out var calendar))
        {
            var name = calendar.GetProperty("table").GetString()!;
            builder.AddTable(name, Calendar(
                DateOnly.Parse(calendar.GetProperty("from").GetString()!, CultureInfo.InvariantCulture),
                DateOnly.Parse(calendar.GetProperty("to").GetString()!, CultureInfo.InvariantCulture)));
            builder.MarkAsDateTable(name, "Date");
        }
        foreach (var t in root.GetProperty("tables").EnumerateArray())
            builder.AddTable(t.GetProperty("name").GetString()!, ReadCsv(Path.Combine(folder, t.GetProperty("file").GetString()!), t.GetProperty("columns")));
        foreach (var r in root.GetProperty("relationships").EnumerateArray())
        {
            var (ft, fc) = Split(r.GetProperty("from").GetString()!);
            var (tt, tc) = Split(r.GetProperty("to").GetString()!);
            var active = !r.TryGetProperty("active", out var a) || a.GetBoolean();
            builder.AddRelationship(ft, fc, tt, tc, active);
        }
        foreach (var m in root.GetProperty("measures").EnumerateArray())
            builder.AddMeasure(m.GetProperty("table").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("expression").GetString()!,
                m.TryGetProperty("format", out var f) ? f.GetString() : null);
        if (root.TryGetProperty("calculationGroups", out var groups))
            foreach (var g in groups.EnumerateArray())
                builder.AddCalculationGroup(g.GetProperty("table").GetString()!, g.GetProperty("column").GetString()!,
                    g.GetProperty("items").EnumerateArray().Select(i => new CalculationItem(i.GetProperty("name").GetString()!,
                        i.GetProperty("expression").GetString()!, i.TryGetProperty("format", out var fs) ? fs.GetString() : null)).ToArray(),
                    g.TryGetProperty("precedence", out var p) ? p.GetInt32() : 0,
                    g.TryGetProperty("multipleOrEmptySelection", out var multiple) ? new CalculationItem("multipleOrEmptySelection", multiple.GetString()!) : null,
                    g.TryGetProperty("noSelection", out var none) ? new CalculationItem("noSelection", none.GetString()!) : null);
        if (root.TryGetProperty("roles", out var roles))
            foreach (var role in roles.EnumerateArray())
                builder.AddRole(role.GetProperty("name").GetString()!,
                    role.GetProperty("filters").EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetString()!));
        if (root.TryGetProperty("calculated", out var calculated))
            foreach (var c in calculated.EnumerateArray())
            {
                var expression = c.GetProperty("expression").GetString()!;
                if (c.TryGetProperty("column", out var column))
                {
                    var (table, name) = Split(column.GetString()!);
                    builder.AddCalculatedColumn(table, name, expression,
                        c.TryGetProperty("type", out var type) ? Enum.Parse<DaxType>(type.GetString()!, ignoreCase: true) : null);
                }
                else builder.AddCalculatedTable(c.GetProperty("table").GetString()!, expression);
            }
        return builder.Build();
    }

    private static (string Table, string Column) Split(string qualified)
    {
        var open = qualified.IndexOf('[');
        return (qualified[..open].Trim('\''), qualified[(open + 1)..^1]);
    }

    public static ColumnData[] Calendar(DateOnly from, DateOnly to)
    {
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToArray();
        return
        [
            ColumnData.Date("Date", days.Select(d => (DateOnly?)d).ToArray()),
            ColumnData.Integer("Year", days.Select(d => (long?)d.Year).ToArray()),
            ColumnData.Integer("Month Number", days.Select(d => (long?)d.Month).ToArray()),
            ColumnData.String("Year Month", days.Select(d => (string?)d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray()),
            ColumnData.String("Year Quarter", days.Select(d => (string?)$"{d.Year}-Q{(d.Month + 2) / 3}").ToArray()),
            ColumnData.String("Month Name", days.Select(d => (string?)d.ToString("MMMM", CultureInfo.InvariantCulture)).ToArray()),
        ];
    }

    private static ColumnData[] ReadCsv(string path, JsonElement types)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        return header.Select((name, i) =>
        {
            string?[] raw = cells.Select(row => row[i].Length == 0 ? null : row[i]).ToArray();
            var type = types.GetProperty(name).GetString();
            return type switch
            {
                "integer" => ColumnData.Integer(name, raw.Select(v => v is null ? (long?)null : long.Parse(v, CultureInfo.InvariantCulture)).ToArray()),
                "currency" => ColumnData.Currency(name, raw.Select(v => v is null ? (decimal?)null : decimal.Parse(v, CultureInfo.InvariantCulture)).ToArray()),
                "double" => ColumnData.Double(name, raw.Select(v => v is null ? (double?)null : double.Parse(v, CultureInfo.InvariantCulture)).ToArray()),
                "date" => ColumnData.Date(name, raw.Select(v => v is null ? (DateOnly?)null : DateOnly.Parse(v, CultureInfo.InvariantCulture)).ToArray()),
                "datetime" => ColumnData.DateTime(name, raw.Select(v => v is null ? (DateTime?)null : DateTime.Parse(v, CultureInfo.InvariantCulture)).ToArray()),
                "boolean" => ColumnData.Boolean(name, raw.Select(v => v is null ? (bool?)null : bool.Parse(v)).ToArray()),
                "string" => ColumnData.String(name, raw.Select(v => v == "\"\"" ? "" : v).ToArray()),
                _ => throw new InvalidOperationException($"{path}: column {name} has unknown type '{type}'."),
            };
        }).ToArray();
    }
}
