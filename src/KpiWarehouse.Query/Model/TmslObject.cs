using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Query.Model;

/// <summary>Collects the reader's errors; the first one is what the reader reports.</summary>
internal sealed class TmslErrors(string source)
{
    public string Source { get; } = source;

    public List<Diagnostic> List { get; } = [];

    public void Add(Diagnostic diagnostic) => List.Add(diagnostic);
}

/// <summary>
/// A JSON object of the TMSL document with its path (<c>model.tables['Sales'].measures[2]</c>) for
/// messages. Accessors record a KPIW-Q104 error and return a neutral value when a property has the
/// wrong shape, so one pass finds the first problem without exceptions.
/// </summary>
internal readonly struct TmslObject(JsonElement element, string path, TmslErrors errors)
{
    public string Path { get; } = path;

    public string Location => $"{errors.Source}: {Path}";

    public TmslErrors Errors => errors;

    public string RequiredString(string property)
    {
        if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
        {
            return value.GetString()!;
        }

        errors.Add(ModelDiagnostics.BadProperty(Location, property, "a non-empty string"));
        return "";
    }

    public string? String(string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors.Add(ModelDiagnostics.BadProperty(Location, property, "a string"));
        return null;
    }

    /// <summary>A text that TMSL writes as a string or, for multi-line expressions, as an array of lines.</summary>
    public string? Text(string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(line => line.ValueKind == JsonValueKind.String))
        {
            return string.Join("\n", value.EnumerateArray().Select(line => line.GetString()));
        }

        errors.Add(ModelDiagnostics.BadProperty(Location, property, "a string or an array of strings"));
        return null;
    }

    public bool Bool(string property, bool defaultValue)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return defaultValue;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add(ModelDiagnostics.BadProperty(Location, property, "true or false"));
        return defaultValue;
    }

    public int? Int(string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        errors.Add(ModelDiagnostics.BadProperty(Location, property, "an integer"));
        return null;
    }

    public TmslObject? Object(string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return new TmslObject(value, Path + "." + property, errors);
        }

        errors.Add(ModelDiagnostics.BadProperty(Location, property, "an object"));
        return null;
    }

    /// <summary>The objects of an array property (empty when absent); each path names the item by its "name" when it has one.</summary>
    public IReadOnlyList<TmslObject> Array(string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Object))
        {
            errors.Add(ModelDiagnostics.BadProperty(Location, property, "an array of objects"));
            return [];
        }

        var basePath = Path + "." + property;
        var errorsCopy = errors;
        return value.EnumerateArray()
            .Select((item, index) => new TmslObject(item, basePath + ItemKey(item, index), errorsCopy))
            .ToList();
    }

    /// <summary>The name/value pairs of an <c>annotations</c> array.</summary>
    public IReadOnlyDictionary<string, string> Annotations()
    {
        var annotations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var annotation in Array("annotations"))
        {
            annotations[annotation.RequiredString("name")] = annotation.Text("value") ?? "";
        }

        return annotations;
    }

    private static string ItemKey(JsonElement item, int index) =>
        item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? "['" + name.GetString() + "']"
            : "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
