using DuckDB.NET.Data;
using KpiWarehouse.Etl.Profiles;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl;

internal sealed partial class LoadRun
{
    // A profile load's source accounting: the source rows whose canonical rows the load quarantined (followed
    // through the lineage the profile recorded) move from "loaded" to "quarantined by the load".
    private ProfileResult? AccountSources(DuckDBConnection connection)
    {
        if (options.ProfileRun is not { } run)
            return null;
        var hit = new HashSet<(int Source, long Line)>();
        foreach (var row in Sql.Rows(connection, $"select file, line_number from {Quarantine.Table}"))
        {
            var key = ((string)row[0]!, Convert.ToInt64(row[1], System.Globalization.CultureInfo.InvariantCulture));
            if (run.Lineage.TryGetValue(key, out var source))
                hit.Add(source);
        }
        var sources = run.Sources.Select((s, i) => s with { RowsQuarantinedByLoad = hit.Count(h => h.Source == i) }).ToList();
        foreach (var s in sources)
            if (s.RowsRead != s.RowsLoaded + s.RowsQuarantined)
                throw new InvalidOperationException($"accounting broken for source {s.File}: read {s.RowsRead} != loaded {s.RowsLoaded} + quarantined {s.RowsQuarantined}");
        return new ProfileResult(run.Profile.Name, run.Profile.Origin, run.SourceFolder, sources);
    }

    private FileAccounting? SourceOverRejectRate(ProfileResult? sources) =>
        sources?.Sources
            .Select(s => new FileAccounting($"{sources.Name}:{s.File}", true, s.Size, s.Sha256, s.RowsRead, 0, s.RowsLoaded, s.RowsQuarantined))
            .FirstOrDefault(f => f.RejectRate > options.MaxRejectRate);
}
