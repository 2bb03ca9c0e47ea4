using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>
/// Reads a profile from its files: <c>profile.json</c> (name, description, sources, parsing options) and one
/// <c>&lt;entity&gt;.sql</c> per canonical file it produces, plus an optional <c>skipped.sql</c> (docs/profiles.md).
/// </summary>
internal static class ProfileReader
{
    public const string ManifestFile = "profile.json";
    public const string SkippedFile = "skipped.sql";
    private static readonly string[] Encodings = ["utf-8", "latin-1", "windows-1252"];

    /// <summary>Reads a profile from <paramref name="files"/> (file name → text), which came from <paramref name="origin"/>.</summary>
    public static Outcome<ImportProfile> Read(IReadOnlyDictionary<string, string> files, string origin)
    {
        var at = origin == "built-in" ? ManifestFile : Path.Combine(origin, ManifestFile);
        if (!files.TryGetValue(ManifestFile, out var json))
            return Bad($"{ManifestFile} not found", origin);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Bad($"not valid JSON: {e.Message}", at);
        }
        if (root.ValueKind != JsonValueKind.Object)
            return Bad("the file must hold one JSON object", at);
        var known = new HashSet<string> { "name", "description", "date_format", "timestamp_format", "sources", "ignore" };
        foreach (var property in root.EnumerateObject())
            if (!known.Contains(property.Name))
                return Bad($"unknown key '{property.Name}' (known: {string.Join(", ", known)})", at);

        var name = Text(root, "name");
        if (string.IsNullOrWhiteSpace(name))
            return Bad("'name' is required", at);
        var sources = new List<ProfileSource>();
        if (!root.TryGetProperty("sources", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            return Bad("'sources' must be a non-empty array", at);
        foreach (var item in list.EnumerateArray())
        {
            var source = Source(item, at);
            if (!source.IsSuccess)
                return source.Error!;
            if (sources.Any(s => s.Name.Equals(source.Value.Name, StringComparison.OrdinalIgnoreCase)))
                return Bad($"source name '{source.Value.Name}' is used twice", at);
            sources.Add(source.Value);
        }

        var outputs = new List<(string, string)>();
        foreach (var entity in RawSchema.Entities)
            if (files.TryGetValue(entity.Name + ".sql", out var sql))
                outputs.Add((entity.Name, sql));
        var stray = files.Keys.Where(f => f.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) && f != SkippedFile
            && RawSchema.Entities.All(e => e.Name + ".sql" != f)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (stray is not null)
            return ProfileDiagnostics.Error(ProfileDiagnostics.UnknownOutput,
                $"{stray} names no canonical file (expected one of {string.Join(", ", RawSchema.Entities.Select(e => e.Name + ".sql"))}, or {SkippedFile})", origin);
        if (outputs.Count == 0)
            return Bad("the profile has no <entity>.sql file: it produces nothing", origin);

        var ignore = root.TryGetProperty("ignore", out var ignored) && ignored.ValueKind == JsonValueKind.Array
            ? ignored.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : [];
        return Outcome<ImportProfile>.Ok(new ImportProfile(
            name.Trim(), Text(root, "description") ?? "", origin, sources, ignore,
            Text(root, "date_format") ?? "%Y-%m-%d", Text(root, "timestamp_format") ?? "%Y-%m-%d %H:%M:%S",
            outputs, files.GetValueOrDefault(SkippedFile)));
    }

    private static Outcome<ProfileSource> Source(JsonElement item, string at)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return Bad("each source must be an object with 'name' and 'file'", at);
        var name = Text(item, "name");
        var file = Text(item, "file");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(file))
            return Bad("each source needs 'name' (its SQL table) and 'file' (its path under --raw)", at);
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_]*$"))
            return Bad($"source name '{name}' must be a plain SQL identifier (letters, digits, _)", at);
        if (Path.IsPathRooted(file) || file.Split('/', '\\').Contains(".."))
            return Bad($"source file '{file}' must be a path inside the --raw folder", at);
        var delimiter = Text(item, "delimiter") ?? ",";
        if (delimiter == "\\t")
            delimiter = "\t";
        if (delimiter.Length != 1 || delimiter[0] is '"' or '\r' or '\n' || delimiter[0] > 127)
            return Bad($"source '{name}': delimiter must be one ASCII character other than a quote or line break", at);
        var encoding = (Text(item, "encoding") ?? "utf-8").ToLowerInvariant();
        if (!Encodings.Contains(encoding))
            return Bad($"source '{name}': unknown encoding '{encoding}' (known: {string.Join(", ", Encodings)})", at);
        return Outcome<ProfileSource>.Ok(new ProfileSource(name, file.Replace('\\', '/'), delimiter[0], encoding));
    }

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Diagnostic Bad(string message, string location) =>
        ProfileDiagnostics.Error(ProfileDiagnostics.MalformedProfile, message, location);
}
