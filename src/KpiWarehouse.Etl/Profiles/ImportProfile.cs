namespace KpiWarehouse.Etl.Profiles;

/// <summary>One source file a profile reads: the SQL table name it gets and how to parse it.</summary>
/// <param name="Name">The table the profile's SQL reads it as.</param>
/// <param name="File">Its path relative to the <c>--raw</c> folder.</param>
/// <param name="Delimiter">The field delimiter.</param>
/// <param name="Encoding">The text encoding: <c>utf-8</c> (with or without BOM), <c>latin-1</c> or <c>windows-1252</c>.</param>
public sealed record ProfileSource(string Name, string File, char Delimiter, string Encoding);

/// <summary>
/// An import profile (docs/profiles.md): which source files to read, and for each canonical file of the raw
/// contract the DuckDB SQL that produces its rows from them. Declarative: no C# per source.
/// </summary>
/// <param name="Name">The profile's name (a built-in name, or the name its profile.json gives).</param>
/// <param name="Description">One line for <c>kpiw profiles</c>.</param>
/// <param name="Origin"><c>built-in</c>, or the folder the profile was read from.</param>
/// <param name="Sources">The source files, in the order they are read.</param>
/// <param name="Ignore">Files of the source folder the profile knowingly does not read.</param>
/// <param name="DateFormat">The strptime format of <c>src_date(text)</c>.</param>
/// <param name="TimestampFormat">The strptime format of <c>src_timestamp(text)</c>.</param>
/// <param name="Outputs">Canonical entity name → the SQL producing its rows, in raw contract order.</param>
/// <param name="Skipped">The SQL naming source rows the profile deliberately maps to nothing, with a reason; may be null.</param>
public sealed record ImportProfile(
    string Name,
    string Description,
    string Origin,
    IReadOnlyList<ProfileSource> Sources,
    IReadOnlyList<string> Ignore,
    string DateFormat,
    string TimestampFormat,
    IReadOnlyList<(string Entity, string Sql)> Outputs,
    string? Skipped)
{
    /// <summary>The lineage columns every output and skipped.sql row carries: the source's name and line.</summary>
    public const string SourceColumn = "_source";

    /// <summary>The 1-based line of the source row (header = line 1), as the source table's <c>_line</c>.</summary>
    public const string LineColumn = "_line";

    /// <summary>How a rejected source row is named in the quarantine: <c>profile:file</c>.</summary>
    public string QuarantineName(ProfileSource source) => $"{Name}:{source.File}";
}
