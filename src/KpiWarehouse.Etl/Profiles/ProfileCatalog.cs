using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>
/// Finds a profile by <c>--profile NAME|PATH</c>: a built-in name (the folders under <c>profiles/</c>, embedded
/// in this assembly), else a folder holding profile.json, or the profile.json file itself.
/// </summary>
public static class ProfileCatalog
{
    private const string Prefix = "profiles/";

    /// <summary>The built-in profiles, by name.</summary>
    public static IReadOnlyList<ImportProfile> BuiltIn() =>
        BuiltInNames().Select(name => ReadBuiltIn(name).Value).ToList();

    /// <summary>The profile <paramref name="nameOrPath"/> names.</summary>
    public static Outcome<ImportProfile> Find(string nameOrPath)
    {
        if (BuiltInNames().Contains(nameOrPath, StringComparer.OrdinalIgnoreCase))
            return ReadBuiltIn(nameOrPath.ToLowerInvariant());
        var folder = File.Exists(nameOrPath) && Path.GetFileName(nameOrPath) == ProfileReader.ManifestFile
            ? Path.GetDirectoryName(Path.GetFullPath(nameOrPath))!
            : nameOrPath;
        if (!Directory.Exists(folder))
            return ProfileDiagnostics.Error(ProfileDiagnostics.UnknownProfile,
                $"no built-in profile has this name ({string.Join(", ", BuiltInNames())}) and no profile folder is there", nameOrPath);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder).Where(IsProfileFile))
                files[Path.GetFileName(path)] = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProfileDiagnostics.Error(ProfileDiagnostics.MalformedProfile, $"cannot read the profile: {e.Message}", folder);
        }
        return ProfileReader.Read(files, Path.GetFullPath(folder));
    }

    private static bool IsProfileFile(string path) =>
        Path.GetFileName(path) == ProfileReader.ManifestFile || path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

    // Resource names are "profiles/<folder>/<file>"; MSBuild writes the folder separator of the build machine.
    private static IEnumerable<string> Resources() =>
        typeof(ProfileCatalog).Assembly.GetManifestResourceNames().Select(n => n.Replace('\\', '/'));

    private static IReadOnlyList<string> BuiltInNames() =>
        Resources()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith("/" + ProfileReader.ManifestFile, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..n.LastIndexOf('/')])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Outcome<ImportProfile> ReadBuiltIn(string name)
    {
        var assembly = typeof(ProfileCatalog).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Replace('\\', '/').StartsWith($"{Prefix}{name}/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            files[resource[(Prefix.Length + name.Length + 1)..]] = reader.ReadToEnd();
        }
        var profile = ProfileReader.Read(files, "built-in");
        if (profile.IsSuccess && profile.Value.Name != name)
            throw new InvalidOperationException($"built-in profile folder {name} declares the name {profile.Value.Name}");
        return profile;
    }
}
