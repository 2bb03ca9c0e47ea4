using System.Globalization;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>
/// The corpus of broken inputs (corpus/cases/&lt;case&gt;/): each case is the base data set (corpus/base/) with the
/// case's files laid over it, an optional options.txt (<c>remove FILE</c>, <c>locale fr</c>,
/// <c>max-reject-rate R</c>) and expected.txt: <c>error CODE LOCATION</c>, or the exact quarantine as
/// <c>quarantine FILE LINE RULE COLUMN</c> lines (COLUMN <c>-</c> for a whole-row problem), plus
/// <c>warning CODE</c> lines that must be reported.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(TestPaths.Corpus("cases")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_CorpusCase_GivesExpectedQuarantineOrError(string name)
    {
        using var temp = TestPaths.Temp();
        var caseFolder = TestPaths.Corpus("cases", name);
        var raw = temp.Sub("raw");
        Folders.Copy(TestPaths.Corpus("base"), raw);
        Folders.Copy(caseFolder, raw);
        var options = new LoadOptions(raw, temp.Sub("warehouse"), MaxRejectRate: 1);
        foreach (var line in ReadLines(Path.Combine(caseFolder, "options.txt")))
        {
            var (verb, argument) = Split(line);
            options = verb switch
            {
                "remove" => Remove(options, argument),
                "locale" => options with { Locale = argument },
                "max-reject-rate" => options with { MaxRejectRate = double.Parse(argument, CultureInfo.InvariantCulture) },
                _ => throw new InvalidDataException($"{name}/options.txt: unknown '{line}'"),
            };
        }
        var expected = ReadLines(Path.Combine(caseFolder, "expected.txt")).Select(Split).ToList();

        var outcome = WarehouseLoader.Load(options);

        var error = expected.FirstOrDefault(e => e.Verb == "error");
        if (error.Verb is not null)
        {
            Assert.False(outcome.IsSuccess, "the load should fail");
            var (code, location) = Split(error.Argument);
            Assert.Equal(code, outcome.Error!.Code);
            Assert.StartsWith(location, outcome.Error.Location ?? "");
            Assert.DoesNotContain('\n', outcome.Error.ToString());
            Assert.False(File.Exists(Path.Combine(options.Warehouse, "current")), "nothing may be published");
            return;
        }
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        var result = outcome.Value;
        foreach (var file in result.Files)
            Assert.Equal(file.RowsRead + file.RowsCarried, file.RowsLoaded + file.RowsQuarantined);

        var quarantine = QuarantineRow.Read(result.GenerationFolder);
        var actual = quarantine.Select(q => $"{q.File} {q.LineNumber} {q.Rule} {(q.Column.Length == 0 ? "-" : q.Column)}").Order(StringComparer.Ordinal);
        var wanted = expected.Where(e => e.Verb == "quarantine").Select(e => e.Argument).Order(StringComparer.Ordinal);
        Assert.Equal(wanted, actual);
        Assert.All(quarantine, q => Assert.False(string.IsNullOrEmpty(q.RawLine), $"{q.File}:{q.LineNumber} has no raw line"));
        foreach (var file in result.Files)
            Assert.Equal(quarantine.Count(q => q.File == file.File), file.RowsQuarantined);
        foreach (var warning in expected.Where(e => e.Verb == "warning"))
            Assert.Contains(result.Warnings, w => w.Code == warning.Argument);
    }

    private static LoadOptions Remove(LoadOptions options, string file)
    {
        File.Delete(Path.Combine(options.RawFolder, file));
        return options;
    }

    private static IEnumerable<string> ReadLines(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')) : [];

    private static (string Verb, string Argument) Split(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
    }
}
