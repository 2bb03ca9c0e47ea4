using System.Text;
using System.Text.Json;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Manifest;

/// <summary>
/// Writes manifest.json (docs/etl.md, "Manifest") and the <c>--json</c> summary: keys in a fixed order, invariant
/// numbers. Step durations come last; they are the only values that differ between two loads of the same input
/// (besides the generation id).
/// </summary>
public static class ManifestWriter
{
    /// <summary>The tool version written into manifests.</summary>
    public static string ToolVersion =>
        typeof(ManifestWriter).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>The manifest of <paramref name="result"/> as indented UTF-8 JSON.</summary>
    public static string Write(LoadResult result, LoadOptions options, string status = "published")
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "kpiw");
            json.WriteString("tool_version", ToolVersion);
            json.WriteString("status", status);
            json.WriteString("generation", result.Generation);
            json.WriteString("mode", result.Appended ? "append" : "full");
            if (result.PreviousGeneration is { } previous)
                json.WriteString("previous_generation", previous);
            json.WriteString("locale", options.Locale ?? "default");
            json.WriteNumber("max_reject_rate", options.MaxRejectRate);
            // Where the accepted rows can be read again (kpiw verify's reference). After --append the generation
            // holds rows of several batches that no single folder has, so none is named.
            if (result.Appended)
                json.WriteNull("raw_folder");
            else
                json.WriteString("raw_folder", Path.GetFullPath(options.RawFolder));

            if (result.Profile is { } profile)
                WriteProfile(json, profile);

            json.WriteStartArray("inputs");
            foreach (var f in result.Files)
            {
                json.WriteStartObject();
                json.WriteString("file", f.File);
                json.WriteBoolean("present", f.Present);
                json.WriteNumber("size", f.Size);
                if (f.Sha256 is null) json.WriteNull("sha256"); else json.WriteString("sha256", f.Sha256);
                json.WriteNumber("rows_read", f.RowsRead);
                json.WriteNumber("rows_carried", f.RowsCarried);
                json.WriteNumber("rows_loaded", f.RowsLoaded);
                json.WriteNumber("rows_quarantined", f.RowsQuarantined);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("quarantine");
            json.WriteNumber("rows", result.RowsQuarantined);
            json.WriteString("path", "quarantine/quarantine.parquet");
            json.WriteString("csv_path", "quarantine/quarantine.csv");
            json.WriteStartArray("by_rule");
            foreach (var (rule, rows) in result.QuarantineByRule)
            {
                json.WriteStartObject();
                json.WriteString("rule", rule);
                json.WriteNumber("rows", rows);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartArray("warnings");
            foreach (var w in result.Warnings)
                WriteDiagnostic(json, w);
            json.WriteEndArray();

            json.WriteStartArray("tables");
            foreach (var t in result.Tables)
            {
                json.WriteStartObject();
                json.WriteString("name", t.Name);
                json.WriteNumber("rows", t.Rows);
                json.WriteString("path", t.Path);
                if (t.PartitionedBy is { } by)
                    json.WriteString("partitioned_by", by);
                json.WriteStartArray("columns");
                foreach (var (name, type) in t.Columns)
                {
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteString("type", type);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("files");
                foreach (var file in t.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.Path);
                    json.WriteNumber("rows", file.Rows);
                    json.WriteString("sha256", file.Sha256);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("steps");
            foreach (var s in result.Steps)
            {
                json.WriteStartObject();
                json.WriteString("name", s.Name);
                json.WriteNumber("seconds", Math.Round(s.Seconds, 3));
                json.WriteNumber("rows", s.Rows);
                json.WriteNumber("rows_per_second", s.Seconds > 0 ? Math.Round(s.Rows / s.Seconds) : 0);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void WriteFileAtomically(string path, string text)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("message", d.Message);
        if (d.Location is { } location)
            json.WriteString("location", location);
        json.WriteEndObject();
    }

    // A profile load: which profile read which source folder, and every source file's accounting.
    private static void WriteProfile(Utf8JsonWriter json, Profiles.ProfileResult profile)
    {
        json.WriteStartObject("profile");
        json.WriteString("name", profile.Name);
        json.WriteString("origin", profile.Origin);
        json.WriteString("source_folder", profile.SourceFolder);
        json.WriteStartArray("sources");
        foreach (var s in profile.Sources)
        {
            json.WriteStartObject();
            json.WriteString("file", s.File);
            json.WriteNumber("size", s.Size);
            json.WriteString("sha256", s.Sha256);
            json.WriteNumber("rows_read", s.RowsRead);
            json.WriteNumber("rows_loaded", s.RowsLoaded);
            json.WriteNumber("rows_quarantined_by_profile", s.RowsQuarantinedByProfile);
            json.WriteNumber("rows_quarantined_by_load", s.RowsQuarantinedByLoad);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
