using System.Globalization;

namespace KpiWarehouse.Etl;

/// <summary>The one-paragraph summary a person reads at the end of a load.</summary>
public static class LoadSummary
{
    public static string Paragraph(LoadResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var present = result.Files.Count(f => f.Present);
        var text = string.Format(c, "Loaded {0:N0} of {1:N0} rows from {2} file{3}", result.RowsLoaded,
            result.RowsRead + result.Files.Sum(f => f.RowsCarried), present, present == 1 ? "" : "s");
        if (result.Appended)
            text += string.Format(c, " (appended to generation {0}: {1:N0} rows carried)", result.PreviousGeneration, result.Files.Sum(f => f.RowsCarried));
        if (result.Profile is { } profile)
            text = string.Format(c, "Profile {0} read {1:N0} source rows from {2} file{3} ({4}) and wrote them as the canonical files; ",
                profile.Name, profile.Sources.Sum(s => s.RowsRead), profile.Sources.Count, profile.Sources.Count == 1 ? "" : "s",
                string.Join(", ", profile.Sources.Select(s => string.Format(c, "{0}: {1:N0} read = {2:N0} loaded + {3:N0} quarantined", s.File, s.RowsRead, s.RowsLoaded, s.RowsQuarantined))))
                + char.ToLowerInvariant(text[0]) + text[1..];
        text += string.Format(c, " into generation {0} ({1}) in {2:0.0} s; ", result.Generation, result.GenerationFolder, result.Seconds);
        text += result.RowsQuarantined == 0
            ? "no row was quarantined"
            : string.Format(c, "{0:N0} row{1} quarantined ({2}; see quarantine/quarantine.csv)", result.RowsQuarantined,
                result.RowsQuarantined == 1 ? "" : "s", string.Join(", ", result.QuarantineByRule.Select(r => $"{r.Rule}: {r.Rows:N0}")));
        text += string.Format(c, "; {0} tables, {1:N0} rows, published as Parquet", result.Tables.Count, result.Tables.Sum(t => t.Rows));
        if (result.Warnings.Count > 0)
            text += string.Format(c, "; {0} warning{1}: {2}", result.Warnings.Count, result.Warnings.Count == 1 ? "" : "s",
                string.Join("; ", result.Warnings.Select(w => w.ToString())));
        return text + ".";
    }
}
