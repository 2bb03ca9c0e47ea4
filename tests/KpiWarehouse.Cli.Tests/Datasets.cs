namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The real public data sets (never copied into the repository): <c>&lt;name&gt;</c> in the folder <c>KPIW_DATASETS</c>
/// names when it is set, else <c>shared/datasets/&lt;name&gt;</c> beside the repository or beside one of its parent
/// folders (a git worktree sits deeper than the main checkout). Tests on them are <see cref="DatasetFactAttribute"/>s.
/// </summary>
public static class Datasets
{
    public const string Variable = "KPIW_DATASETS";

    /// <summary>The data set's folder, or null when it is not there.</summary>
    public static string? Folder(string name)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } datasets)
            return Directory.Exists(Path.Combine(datasets, name)) ? Path.Combine(datasets, name) : null;
        for (var dir = new DirectoryInfo(RepoFiles.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "datasets", name);
            if (Directory.Exists(folder))
                return folder;
        }
        return null;
    }

    /// <summary>Where <see cref="Folder"/> looked, for the skip message.</summary>
    public static string Looked(string name) => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } datasets
        ? $"{Path.Combine(datasets, name)} ({Variable})"
        : $"shared/datasets/{name} beside {RepoFiles.Root} or its parent folders";

    /// <summary>The data set's folder; only called from a <see cref="DatasetFactAttribute"/> test, which runs only when it is there.</summary>
    public static string Require(string name) => Folder(name) ?? throw new InvalidOperationException($"data set {name} not found");
}

/// <summary>
/// A fact that needs a data set: xunit 2 has no dynamic skip, so the attribute sets <c>Skip</c> when the data set is
/// absent, and the runner reports the test as skipped with the folder it looked for (never as a silent pass).
/// </summary>
public sealed class DatasetFactAttribute : FactAttribute
{
    public DatasetFactAttribute(string name)
    {
        if (Datasets.Folder(name) is null)
            Skip = $"skipped: data set not present (looked for {Datasets.Looked(name)})";
    }
}

/// <summary>The theory counterpart of <see cref="DatasetFactAttribute"/>.</summary>
public sealed class DatasetTheoryAttribute : TheoryAttribute
{
    public DatasetTheoryAttribute(string name)
    {
        if (Datasets.Folder(name) is null)
            Skip = $"skipped: data set not present (looked for {Datasets.Looked(name)})";
    }
}
