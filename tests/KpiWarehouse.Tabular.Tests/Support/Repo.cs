namespace KpiWarehouse.Tabular.Tests.Support;

/// <summary>Paths of the repository the tests run in, and of the shared folder beside it.</summary>
public static class Repo
{
    /// <summary>The folder holding KpiWarehouse.sln.</summary>
    public static string Root => KpiWarehouse.Testing.RepoRoot.Path;

    /// <summary>The fixture warehouse whose manifest matches docs/star-schema.md.</summary>
    public static string FixtureWarehouse => Path.Combine(Root, "tests", "KpiWarehouse.Tabular.Tests", "Fixtures", "warehouse");

    /// <summary>The committed golden model.</summary>
    public static string GoldenModel => Path.Combine(Root, "models", "KpiWarehouse");

    /// <summary>
    /// A file of the shared folder beside the clone (<c>../shared</c>, or <c>../../shared</c> for a git worktree
    /// of it), or null when that folder is absent.
    /// </summary>
    public static string? Shared(params string[] path) =>
        new[] { Path.Combine(Root, ".."), Path.Combine(Root, "..", "..") }
            .Select(parent => Path.GetFullPath(Path.Combine([parent, "shared", .. path])))
            .FirstOrDefault(File.Exists);

    /// <summary>../shared/spec/kpi-catalog.md, or null.</summary>
    public static string? SpecCatalog => Shared("spec", "kpi-catalog.md");
}
