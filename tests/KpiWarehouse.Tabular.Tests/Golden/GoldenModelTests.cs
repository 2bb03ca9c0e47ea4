using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Pbip;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Golden;

/// <summary>
/// The model generated from the fixture warehouse is committed under models/KpiWarehouse/, so reviewers see every
/// model change as a diff. Set KPIW_ACCEPT_GOLDEN=1 to rewrite it after an intended change.
/// </summary>
public sealed class GoldenModelTests
{
    private const string AcceptSwitch = "KPIW_ACCEPT_GOLDEN";

    [Fact]
    public void GeneratedModel_FixtureWarehouse_EqualsCommittedGoldenByteForByte()
    {
        var files = PbipWriter.Write(Models.Database);
        if (Environment.GetEnvironmentVariable(AcceptSwitch) == "1")
        {
            if (Directory.Exists(Repo.GoldenModel))
                Directory.Delete(Repo.GoldenModel, recursive: true);
            PbipWriter.WriteTo(Repo.GoldenModel, files);
        }

        var problems = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(Repo.GoldenModel, file.Path);
            if (!File.Exists(path))
                problems.Add($"missing: {file.Path}");
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(file.Content)))
                problems.Add($"differs: {file.Path}");
        }
        var expected = files.Select(f => f.Path).ToHashSet();
        if (Directory.Exists(Repo.GoldenModel))
        {
            problems.AddRange(Directory.EnumerateFiles(Repo.GoldenModel, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Repo.GoldenModel, f).Replace('\\', '/'))
                .Where(f => !expected.Contains(f))
                .Select(f => $"no longer generated: {f}"));
        }

        Assert.True(problems.Count == 0,
            $"The generated model differs from models/KpiWarehouse/ ({problems.Count} files):\n  {string.Join("\n  ", problems.Take(20))}\n" +
            $"If the change is intended, re-accept it: {AcceptSwitch}=1 dotnet test tests/KpiWarehouse.Tabular.Tests, then review and commit the diff.");
    }

    [Fact]
    public void Generate_SameSchemaTwice_ByteIdenticalFiles()
    {
        var first = PbipWriter.Write(Models.Database);
        var again = PbipWriter.Write(ModelBuilder.Build(Models.Catalog, Models.Schema, new ModelOptions()).Value.Database);

        Assert.Equal(first.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(first.Zip(again), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void GoldenModel_HoldsNoMachinePath()
    {
        var machinePaths = new[] { Repo.Root, Path.GetTempPath(), "/work/", "/home/", "/tmp/", "C:\\Users" };
        foreach (var file in PbipWriter.Write(Models.Database))
        {
            foreach (var path in machinePaths)
                Assert.False(file.Content.Contains(path, StringComparison.OrdinalIgnoreCase), $"{file.Path} contains the machine path '{path}'");
        }
    }
}
