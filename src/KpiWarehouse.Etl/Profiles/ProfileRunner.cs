using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Etl.Profiles;

/// <summary>
/// Runs an import profile (docs/profiles.md): reads its source files into DuckDB, runs each <c>&lt;entity&gt;.sql</c>,
/// writes the canonical files the load then reads, and accounts for every source row — mapped into a canonical
/// row, or quarantined with the reason (skipped.sql's, or "not mapped").
/// </summary>
internal static partial class ProfileRunner
{
    public static Outcome<ProfileRun> Run(ImportProfile profile, string sourceFolder, string canonicalFolder, IProgress<ProgressUpdate>? progress)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Sql.Execute(connection, $"""
            set threads = 2;
            create or replace temp macro src_date(s) as cast(try_strptime(nullif(trim(s), ''), {Sql.Quote(profile.DateFormat)}) as date);
            create or replace temp macro src_timestamp(s) as try_strptime(nullif(trim(s), ''), {Sql.Quote(profile.TimestampFormat)});
            """);

        var read = new List<SourceReader.Result>();
        foreach (var source in profile.Sources)
        {
            progress?.Report(new ProgressUpdate($"profile {profile.Name}: read {source.File}", 0, null));
            var result = SourceReader.Read(connection, profile, source, sourceFolder);
            if (!result.IsSuccess)
                return result.Error!;
            read.Add(result.Value);
        }

        Directory.CreateDirectory(canonicalFolder);
        var lineage = new Dictionary<(string File, long Line), (int Source, long Line)>();
        var mapped = new List<string>();
        foreach (var (entityName, sql) in profile.Outputs)
        {
            progress?.Report(new ProgressUpdate($"profile {profile.Name}: {entityName}", 0, null));
            var entity = RawSchema.Entities.First(e => e.Name == entityName);
            var table = $"out_{entity.Name}";
            var made = Create(connection, profile, table, $"{entity.Name}.sql", sql);
            if (!made.IsSuccess)
                return made.Error!;
            var produced = made.Value;
            var unknown = produced.Where(c => c is not (ImportProfile.SourceColumn or ImportProfile.LineColumn) && entity.Column(c) is null).ToList();
            if (unknown.Count > 0)
                return ProfileDiagnostics.Error(ProfileDiagnostics.UnknownOutput,
                    $"{entity.Name}.sql produces column{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)}, not in {entity.FileName} (contract: {string.Join(", ", entity.Columns.Select(c => c.Name))})",
                    Location(profile, entity.Name + ".sql"));
            var missing = entity.Columns.Where(c => c.Required && !produced.Contains(c.Name)).Select(c => c.Name).ToList();
            if (missing.Count > 0)
                return ProfileDiagnostics.Error(ProfileDiagnostics.RequiredColumnMissing,
                    $"{entity.Name}.sql does not produce the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} of {entity.FileName}",
                    Location(profile, entity.Name + ".sql"));
            var lineageError = CheckLineage(connection, profile, table, entity.Name + ".sql", produced);
            if (lineageError is not null)
                return lineageError;
            var names = new HashSet<string>(produced.Select(p => entity.Column(p)?.Name ?? p));
            CanonicalWriter.Write(connection, entity, table, profile.Sources, names, Path.Combine(canonicalFolder, entity.FileName), lineage);
            mapped.Add($"select lower({ImportProfile.SourceColumn}) as s, {ImportProfile.LineColumn} as l from {table}");
        }
        Sql.Execute(connection, $"create table mapped as select distinct s, l from ({string.Join(" union all ", mapped)})");

        var skipped = Skipped(connection, profile);
        if (!skipped.IsSuccess)
            return skipped.Error!;
        return Account(connection, profile, sourceFolder, canonicalFolder, read, lineage);
    }

    // Creates the output table; returns its column names as the SQL wrote them (matched to the contract ignoring case).
    private static Outcome<List<string>> Create(DuckDBConnection connection, ImportProfile profile, string table, string file, string sql)
    {
        try
        {
            Sql.Execute(connection, $"create table {table} as (\n{TrimStatement(sql)}\n)");
        }
        catch (DuckDBException e)
        {
            var first = e.Message.Split('\n')[0].Trim();
            return ProfileDiagnostics.Error(ProfileDiagnostics.SqlFailed, $"{file} failed in DuckDB: {first}", Location(profile, file));
        }
        var columns = Sql.Rows(connection, $"select column_name from (describe {table})").Select(r => (string)r[0]!).ToList();
        return Outcome<List<string>>.Ok(columns.Select(c => c.ToLowerInvariant() is var lower && lower is ImportProfile.SourceColumn or ImportProfile.LineColumn ? lower : c).ToList());
    }

    // Every output row names a source row that exists: its source's name and the line the record starts on.
    private static Diagnostic? CheckLineage(DuckDBConnection connection, ImportProfile profile, string table, string file, List<string> produced)
    {
        if (!produced.Contains(ImportProfile.SourceColumn) || !produced.Contains(ImportProfile.LineColumn))
            return ProfileDiagnostics.Error(ProfileDiagnostics.BadLineage,
                $"{file} must produce the lineage columns {ImportProfile.SourceColumn} (the source's name) and {ImportProfile.LineColumn} (its _line)",
                Location(profile, file));
        var known = string.Join(", ", profile.Sources.Select(s => Sql.Quote(s.Name.ToLowerInvariant())));
        var bad = Sql.Rows(connection, $"""
            select cast({ImportProfile.SourceColumn} as varchar), cast({ImportProfile.LineColumn} as varchar) from {table} as o
            where o.{ImportProfile.SourceColumn} is null or o.{ImportProfile.LineColumn} is null
               or lower(cast(o.{ImportProfile.SourceColumn} as varchar)) not in ({known})
               {string.Concat(profile.Sources.Select(s => $"""
                   or (lower(cast(o.{ImportProfile.SourceColumn} as varchar)) = {Sql.Quote(s.Name.ToLowerInvariant())}
                       and not exists (select 1 from {SourceReader.Quote(s.Name)} as x where x.{ImportProfile.LineColumn} = o.{ImportProfile.LineColumn}))
                   """))}
            limit 1
            """);
        if (bad.Count == 0)
            return null;
        return ProfileDiagnostics.Error(ProfileDiagnostics.BadLineage,
            $"{file} produces a row whose lineage ({ImportProfile.SourceColumn} '{bad[0][0]}', {ImportProfile.LineColumn} {bad[0][1] ?? "NULL"}) names no row of a source ({string.Join(", ", profile.Sources.Select(s => s.Name))})",
            Location(profile, file));
    }

    private static Outcome<bool> Skipped(DuckDBConnection connection, ImportProfile profile)
    {
        if (profile.Skipped is null)
        {
            Sql.Execute(connection, "create table skipped (s varchar, l bigint, reason varchar)");
            return Outcome<bool>.Ok(true);
        }
        var made = Create(connection, profile, "out_skipped", ProfileReader.SkippedFile, profile.Skipped);
        if (!made.IsSuccess)
            return made.Error!;
        if (!made.Value.Contains("reason", StringComparer.OrdinalIgnoreCase))
            return ProfileDiagnostics.Error(ProfileDiagnostics.BadLineage,
                $"{ProfileReader.SkippedFile} must produce {ImportProfile.SourceColumn}, {ImportProfile.LineColumn} and reason", Location(profile, ProfileReader.SkippedFile));
        var lineageError = CheckLineage(connection, profile, "out_skipped", ProfileReader.SkippedFile, made.Value);
        if (lineageError is not null)
            return lineageError;
        Sql.Execute(connection, $"""
            create table skipped as
            select lower({ImportProfile.SourceColumn}) as s, {ImportProfile.LineColumn} as l, min(cast(reason as varchar)) as reason
            from out_skipped group by all
            """);
        return Outcome<bool>.Ok(true);
    }

    private static string TrimStatement(string sql)
    {
        var text = sql.Trim();
        while (text.EndsWith(';'))
            text = text[..^1].TrimEnd();
        return text;
    }

    private static string Location(ImportProfile profile, string file) =>
        profile.Origin == "built-in" ? $"profile {profile.Name}: {file}" : Path.Combine(profile.Origin, file);
}
