using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Etl.Reading;

namespace KpiWarehouse.Etl.Profiles;

internal static partial class ProfileRunner
{
    // Per source: rows read = rows mapped + rows rejected (unreadable, skipped with the profile's reason, or
    // mapped to nothing). Files of the source folder the profile neither reads nor ignores are named in a warning.
    private static Outcome<ProfileRun> Account(
        DuckDBConnection connection, ImportProfile profile, string sourceFolder, string canonicalFolder,
        List<SourceReader.Result> read, Dictionary<(string File, long Line), (int Source, long Line)> lineage)
    {
        var accounts = new List<SourceAccounting>();
        var rejects = new List<(string, IReadOnlyList<QuarantineEntry>)>();
        for (var i = 0; i < profile.Sources.Count; i++)
        {
            var source = profile.Sources[i];
            var name = Sql.Quote(source.Name.ToLowerInvariant());
            var unmapped = Sql.Rows(connection, $"""
                select x.{ImportProfile.LineColumn}, k.reason
                from {SourceReader.Quote(source.Name)} as x
                left join skipped as k on k.s = {name} and k.l = x.{ImportProfile.LineColumn}
                where not exists (select 1 from mapped as m where m.s = {name} and m.l = x.{ImportProfile.LineColumn})
                order by x.{ImportProfile.LineColumn}
                """).Select(r => (Line: Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture), Reason: r[1] as string)).ToList();
            var raw = SourceReader.RawLines(profile, source, sourceFolder, unmapped.Select(u => u.Line).ToHashSet());
            var file = profile.QuarantineName(source);
            var own = read[i].Rejects.Concat(unmapped.Select(u => u.Reason is { } reason
                ? new QuarantineEntry(u.Line, null, ProfileDiagnostics.SkippedByProfile, reason, raw.GetValueOrDefault(u.Line, ""))
                : new QuarantineEntry(u.Line, null, ProfileDiagnostics.NotMapped,
                    $"profile {profile.Name} maps this row to no canonical file (and skipped.sql gives no reason)", raw.GetValueOrDefault(u.Line, ""))))
                .OrderBy(r => r.LineNumber).ToList();
            rejects.Add((file, own));
            var mappedRows = read[i].Rows - own.Count;
            accounts.Add(new SourceAccounting(source.File, read[i].Size, read[i].Sha256, read[i].Rows, mappedRows, own.Count));
        }

        var warnings = new List<Diagnostic>();
        var known = profile.Sources.Select(s => s.File).Concat(profile.Ignore).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(sourceFolder).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal))
            if (!known.Contains(path) && !path.StartsWith('.'))
                warnings.Add(new Diagnostic(ProfileDiagnostics.FileNotRead, $"{path} is in the source folder but profile {profile.Name} does not read it", Path.Combine(sourceFolder, path)));
        return Outcome<ProfileRun>.Ok(new ProfileRun(profile, Path.GetFullPath(sourceFolder), canonicalFolder, accounts, rejects, lineage, warnings));
    }
}
