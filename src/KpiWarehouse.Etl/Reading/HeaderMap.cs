using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Etl.Reading;

/// <summary>
/// Where each contract column sits in a file's header (names case-insensitive, any order), or why the header
/// is unusable.
/// </summary>
internal sealed class HeaderMap
{
    private HeaderMap(int[] positions, int fieldCount, IReadOnlyList<Diagnostic> warnings)
    {
        Positions = positions;
        FieldCount = fieldCount;
        Warnings = warnings;
    }

    /// <summary>For each contract column (in contract order), its field index in the file, or -1 when absent.</summary>
    public int[] Positions { get; }

    /// <summary>Fields per record, as the header has them.</summary>
    public int FieldCount { get; }

    public IReadOnlyList<Diagnostic> Warnings { get; }

    public static Outcome<HeaderMap> Create(RawEntity entity, IReadOnlyList<string> header, char delimiter, long line)
    {
        var location = $"{entity.FileName}:{line}";
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
        if (duplicate is not null)
            return LoadDiagnostics.Error(LoadDiagnostics.DuplicateColumn, $"column '{duplicate.Key}' appears more than once in the header", location);

        var positions = entity.Columns.Select(c => Array.IndexOf(names, c.Name)).ToArray();
        var missingRequired = entity.Columns.Where((c, i) => positions[i] < 0 && c.Required).Select(c => c.Name).ToList();
        if (missingRequired.Count > 0)
        {
            var other = delimiter == ',' ? ';' : ',';
            if (names.Length == 1 && names[0].Contains(other))
                return LoadDiagnostics.Error(LoadDiagnostics.WrongDelimiter,
                    $"the header has a single column containing '{other}': the file is delimited by '{other}', not '{delimiter}'"
                    + (other == ';' ? " (use --locale fr for ';'-delimited exports)" : " (drop --locale fr for ','-delimited files)"), location);
            return LoadDiagnostics.Error(LoadDiagnostics.MissingColumn,
                $"required column{(missingRequired.Count > 1 ? "s" : "")} {string.Join(", ", missingRequired)} missing from the header", location);
        }

        var warnings = new List<Diagnostic>();
        var missingOptional = entity.Columns.Where((c, i) => positions[i] < 0).Select(c => c.Name).ToList();
        if (missingOptional.Count > 0)
            warnings.Add(new(LoadDiagnostics.OptionalColumnMissing,
                $"optional column{(missingOptional.Count > 1 ? "s" : "")} {string.Join(", ", missingOptional)} absent: read as empty", location));
        var extra = names.Where(n => entity.Column(n) is null).ToList();
        if (extra.Count > 0)
            warnings.Add(new(LoadDiagnostics.ExtraColumns,
                $"extra column{(extra.Count > 1 ? "s" : "")} ignored: {string.Join(", ", extra.Select(e => e.Length == 0 ? "(unnamed)" : e))}", location));
        return Outcome<HeaderMap>.Ok(new HeaderMap(positions, names.Length, warnings));
    }
}
