using System.Globalization;
using KpiWarehouse.Etl.Profiles;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>
/// Import profiles as data (profiles/): each case is the base profile and source folder (profiles/base/) with the
/// case's <c>profile/</c> and <c>source/</c> files laid over them, an optional options.txt (<c>remove PATH</c>) and
/// expected.txt: <c>error CODE</c>, or <c>source FILE READ LOADED QUARANTINED</c> accounting lines, the exact
/// quarantine as <c>quarantine FILE LINE RULE COLUMN</c> lines, and <c>warning CODE</c> lines; an
/// <c>expected-canonical/</c> folder holds canonical files the profile must write byte for byte.
/// </summary>
public sealed class ProfileCorpusTests
{
    private static string Cases(params string[] parts) =>
        Path.Combine([TestPaths.RepoRoot, "tests", "KpiWarehouse.Etl.Tests", "profiles", .. parts]);

    public static TheoryData<string> All() =>
        new(new[] { "base" }.Concat(Directory.GetDirectories(Cases("cases")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)));

    [Theory]
    [MemberData(nameof(All))]
    public void LoadWithProfile_Case_GivesExpectedAccountingQuarantineOrError(string name)
    {
        using var temp = TestPaths.Temp();
        var caseFolder = name == "base" ? Cases("base") : Cases("cases", name);
        var profile = temp.Sub("profile");
        var source = temp.Sub("source");
        CopyAll(Cases("base", "profile"), profile);
        CopyAll(Cases("base", "source"), source);
        CopyAll(Path.Combine(caseFolder, "profile"), profile);
        CopyAll(Path.Combine(caseFolder, "source"), source);
        foreach (var line in Lines(Path.Combine(caseFolder, "options.txt")))
            File.Delete(Path.Combine(temp.Path, line["remove ".Length..]));
        var expected = Lines(Path.Combine(caseFolder, "expected.txt")).Select(l => l.Split(' ')).ToList();

        var outcome = WarehouseLoader.Load(new LoadOptions(source, temp.Sub("warehouse"), MaxRejectRate: 1) { Profile = profile });

        if (expected.FirstOrDefault(e => e[0] == "error") is { } error)
        {
            Assert.False(outcome.IsSuccess, "the load should fail");
            Assert.Equal(error[1], outcome.Error!.Code);
            Assert.DoesNotContain('\n', outcome.Error.ToString());
            Assert.False(File.Exists(Path.Combine(temp.Path, "warehouse", "current")), "nothing may be published");
            var generations = Path.Combine(temp.Path, "warehouse", "generations");
            Assert.True(!Directory.Exists(generations) || Directory.GetDirectories(generations).Length == 0, "no generation may be left behind");
            return;
        }
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        var result = outcome.Value;
        var accounting = result.Profile!.Sources
            .Select(s => $"{s.File} {s.RowsRead} {s.RowsLoaded} {s.RowsQuarantined}".Split(' ')).ToList();
        Assert.Equal(expected.Where(e => e[0] == "source").Select(e => string.Join(' ', e[1..])), accounting.Select(a => string.Join(' ', a)));
        foreach (var s in result.Profile.Sources)
            Assert.Equal(s.RowsRead, s.RowsLoaded + s.RowsQuarantined);

        var quarantine = QuarantineRow.Read(result.GenerationFolder);
        Assert.Equal(
            expected.Where(e => e[0] == "quarantine").Select(e => string.Join(' ', e[1..])).Order(StringComparer.Ordinal),
            quarantine.Select(q => $"{q.File} {q.LineNumber} {q.Rule} {(q.Column.Length == 0 ? "-" : q.Column)}").Order(StringComparer.Ordinal));
        Assert.All(quarantine, q => Assert.False(string.IsNullOrEmpty(q.RawLine), $"{q.File}:{q.LineNumber} has no raw line"));
        foreach (var warning in expected.Where(e => e[0] == "warning"))
            Assert.Contains(result.Warnings, w => w.Code == warning[1]);

        var canonical = Path.Combine(result.GenerationFolder, "canonical");
        var golden = Path.Combine(caseFolder, "expected-canonical");
        if (Directory.Exists(golden))
            foreach (var file in Directory.GetFiles(golden))
                Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(canonical, Path.GetFileName(file))));
    }

    [Fact]
    public void LoadWithProfile_Manifest_NamesTheCanonicalFolderAsRawFolder_AndTheProfile()
    {
        using var temp = TestPaths.Temp();
        var outcome = WarehouseLoader.Load(new LoadOptions(Cases("base", "source"), temp.Sub("warehouse"), MaxRejectRate: 1) { Profile = Cases("base", "profile") });

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        var manifest = File.ReadAllText(Path.Combine(outcome.Value.GenerationFolder, "manifest.json"));
        Assert.Contains($"\"raw_folder\": \"{Path.Combine(outcome.Value.GenerationFolder, "canonical")}\"", manifest);
        Assert.Contains("\"name\": \"people\"", manifest);
        Assert.Contains("\"rows_quarantined_by_profile\": 3", manifest);
        Assert.Contains("\"rows_quarantined_by_load\": 1", manifest);
        Assert.Contains("Profile people read 7 source rows", LoadSummary.Paragraph(outcome.Value));
    }

    [Fact]
    public void LoadWithProfile_SameInputTwice_WritesByteIdenticalCanonicalFilesAndParquet()
    {
        using var temp = TestPaths.Temp();
        var first = WarehouseLoader.Load(new LoadOptions(Cases("base", "source"), temp.Sub("a"), MaxRejectRate: 1) { Profile = Cases("base", "profile") });
        var second = WarehouseLoader.Load(new LoadOptions(Cases("base", "source"), temp.Sub("b"), MaxRejectRate: 1) { Profile = Cases("base", "profile") });

        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Value.GenerationFolder, "canonical", "reps.csv")),
            File.ReadAllBytes(Path.Combine(second.Value.GenerationFolder, "canonical", "reps.csv")));
        Folders.AssertSameParquet(first.Value.GenerationFolder, second.Value.GenerationFolder);
    }

    [Fact]
    public void LoadWithProfile_SourceRejectRateAboveLimit_PublishesNothing()
    {
        using var temp = TestPaths.Temp();
        var outcome = WarehouseLoader.Load(new LoadOptions(Cases("base", "source"), temp.Sub("warehouse"), MaxRejectRate: 0.5) { Profile = Cases("base", "profile") });

        Assert.False(outcome.IsSuccess);
        Assert.Equal(LoadDiagnostics.RejectRateExceeded, outcome.Error!.Code);
        Assert.Equal("people:people.csv", outcome.Error.Location);
    }

    [Fact]
    public void LoadWithProfile_AndLocale_IsABadOption()
    {
        using var temp = TestPaths.Temp();
        var outcome = WarehouseLoader.Load(new LoadOptions(Cases("base", "source"), temp.Sub("warehouse"), Locale: "fr") { Profile = Cases("base", "profile") });

        Assert.Equal(LoadDiagnostics.BadOption, outcome.Error!.Code);
    }

    [Theory]
    [InlineData("no-such-profile")]
    [InlineData("/no/such/folder")]
    public void Find_NeitherBuiltInNorFolder_IsUnknownProfile(string name)
    {
        var outcome = ProfileCatalog.Find(name);

        Assert.Equal(ProfileDiagnostics.UnknownProfile, outcome.Error!.Code);
        Assert.Contains("maven-crm", outcome.Error.Message);
    }

    [Fact]
    public void BuiltIn_EveryProfile_ReadsAndIsFoundByName_IgnoringCase()
    {
        var profiles = ProfileCatalog.BuiltIn();

        Assert.Contains(profiles, p => p.Name == "maven-crm");
        foreach (var profile in profiles)
        {
            Assert.Equal("built-in", profile.Origin);
            Assert.NotEmpty(profile.Description);
            Assert.Contains(profile.Outputs, o => o.Entity == "reps");
            Assert.Equal(profile.Name, ProfileCatalog.Find(profile.Name.ToUpperInvariant()).Value.Name);
        }
    }

    [Fact]
    public void Find_ProfileJsonPath_ReadsItsFolder()
    {
        var outcome = ProfileCatalog.Find(Cases("base", "profile", "profile.json"));

        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        Assert.Equal("people", outcome.Value.Name);
        Assert.NotNull(outcome.Value.Skipped);
    }

    private static void CopyAll(string from, string to)
    {
        if (!Directory.Exists(from))
            return;
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    private static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')) : [];
}
