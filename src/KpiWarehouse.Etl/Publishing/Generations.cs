using System.Globalization;

namespace KpiWarehouse.Etl.Publishing;

/// <summary>
/// The generations of a warehouse (docs/etl.md, "Safe publishing"): <c>generations/&lt;id&gt;/</c> folders and the
/// <c>current</c> pointer file holding the published folder relative to the warehouse (<c>generations/000003</c>). A generation is complete once its manifest.json exists
/// (written last, by rename); <c>current</c> only ever names a complete one and is replaced by an atomic rename,
/// so a reader sees the old or the new generation, never a mix, whenever a load is killed.
/// </summary>
public static class Generations
{
    /// <summary>How many complete generations are kept (the current one always is).</summary>
    public const int Keep = 3;

    /// <summary>The id <c>current</c> names, or null before the first load.</summary>
    public static string? Current(string warehouse)
    {
        var pointer = Path.Combine(warehouse, "current");
        if (!File.Exists(pointer))
            return null;
        var id = Path.GetFileName(File.ReadAllText(pointer).Trim().TrimEnd('/', '\\'));
        return id.Length == 0 ? null : id;
    }

    /// <summary>The folder of the published generation, or null before the first load. This is how readers resolve a warehouse.</summary>
    public static string? CurrentFolder(string warehouse) =>
        Current(warehouse) is { } id ? Folder(warehouse, id) : null;

    public static string Folder(string warehouse, string id) => Path.Combine(warehouse, "generations", id);

    /// <summary>The next id: one more than any generation on disk (ids are 6-digit, so they sort as numbers).</summary>
    public static string Next(string warehouse)
    {
        var max = Ids(warehouse).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        if (Current(warehouse) is { } current && int.TryParse(current, CultureInfo.InvariantCulture, out var c))
            max = Math.Max(max, c);
        return (max + 1).ToString("D6", CultureInfo.InvariantCulture);
    }

    public static bool IsComplete(string warehouse, string id) => File.Exists(Path.Combine(Folder(warehouse, id), "manifest.json"));

    /// <summary>
    /// Removes the generations an interrupted load left behind: without a manifest, or newer than the current one
    /// (a load publishes the generation it built, always the newest, so a newer one was never published).
    /// </summary>
    public static IReadOnlyList<string> RemoveUnpublished(string warehouse)
    {
        var current = Current(warehouse);
        var removed = Ids(warehouse)
            .Where(id => id != current && (!IsComplete(warehouse, id) || current is null || string.CompareOrdinal(id, current) > 0))
            .ToList();
        foreach (var id in removed)
            Directory.Delete(Folder(warehouse, id), recursive: true);
        return removed;
    }

    /// <summary>Makes <paramref name="id"/> the published generation in one atomic step (rename over <c>current</c>).</summary>
    public static void Publish(string warehouse, string id)
    {
        var temp = Path.Combine(warehouse, "current.tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes($"generations/{id}\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path.Combine(warehouse, "current"), overwrite: true);
    }

    /// <summary>Deletes complete generations older than the last <see cref="Keep"/>, never the current one.</summary>
    public static IReadOnlyList<string> Prune(string warehouse)
    {
        var current = Current(warehouse);
        var complete = Ids(warehouse).Where(id => IsComplete(warehouse, id)).OrderByDescending(id => id, StringComparer.Ordinal).ToList();
        var pruned = complete.Skip(Keep).Where(id => id != current).ToList();
        foreach (var id in pruned)
            Directory.Delete(Folder(warehouse, id), recursive: true);
        return pruned;
    }

    private static IEnumerable<string> Ids(string warehouse)
    {
        var root = Path.Combine(warehouse, "generations");
        if (!Directory.Exists(root))
            return [];
        return Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(name => name.Length == 6 && name.All(char.IsAsciiDigit));
    }
}
