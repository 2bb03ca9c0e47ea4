using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Contract.Warehouse;

/// <summary>
/// A warehouse folder resolved to its published generation. <c>kpiw load</c> publishes by switching
/// <c>&lt;warehouse&gt;/current</c> atomically; readers resolve it once and then read only that generation, so a
/// load that publishes meanwhile never mixes two generations in one read.
/// </summary>
public sealed record WarehouseLocation(string WarehouseFolder, string GenerationFolder, WarehouseManifest Manifest)
{
    /// <summary>The pointer's name inside a warehouse folder.</summary>
    public const string CurrentPointer = "current";

    /// <summary>The folder of the generations inside a warehouse folder.</summary>
    public const string GenerationsFolder = "generations";

    /// <summary>The manifest's file name inside a generation.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The absolute path of <paramref name="relative"/> inside the generation.</summary>
    public string Resolve(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(GenerationFolder, relative));

    /// <summary>
    /// Resolves <paramref name="warehouseFolder"/>: <c>current</c> is either a link to the generation folder or a
    /// small text file naming it (a path relative to the warehouse folder, or a bare generation id under
    /// <c>generations/</c>); a folder that is itself a generation
    /// (it holds <c>manifest.json</c>) is accepted as is.
    /// </summary>
    public static Outcome<WarehouseLocation> Open(string warehouseFolder)
    {
        var root = System.IO.Path.GetFullPath(warehouseFolder);
        if (!Directory.Exists(root))
            return WarehouseDiagnostics.NotAWarehouse(root, "the folder does not exist");

        var generation = ResolveGeneration(root);
        if (generation is null)
            return WarehouseDiagnostics.NotAWarehouse(root, "it has no published generation (run 'kpiw load' first)");

        var manifest = WarehouseManifest.Read(System.IO.Path.Combine(generation, ManifestFile));
        return manifest.IsSuccess
            ? Outcome<WarehouseLocation>.Ok(new WarehouseLocation(root, generation, manifest.Value))
            : Outcome<WarehouseLocation>.Fail(manifest.Error!);
    }

    private static string? ResolveGeneration(string root)
    {
        if (File.Exists(System.IO.Path.Combine(root, ManifestFile)))
            return root;

        var pointer = System.IO.Path.Combine(root, CurrentPointer);
        if (Directory.Exists(pointer))
            return new DirectoryInfo(pointer).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pointer;
        if (!File.Exists(pointer))
            return null;

        var target = File.ReadAllText(pointer).Trim();
        if (target.Length == 0)
            return null;
        foreach (var candidate in new[] { target, System.IO.Path.Combine(GenerationsFolder, target) })
        {
            var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, candidate));
            if (Directory.Exists(folder))
                return folder;
        }
        return null;
    }
}
