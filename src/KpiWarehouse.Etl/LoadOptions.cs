namespace KpiWarehouse.Etl;

/// <summary>What <c>kpiw load</c> was asked to do.</summary>
/// <param name="RawFolder">The folder of canonical raw CSV files.</param>
/// <param name="Warehouse">The warehouse folder to publish to (created when missing).</param>
/// <param name="Locale">null for the default style; <c>fr</c> for <c>;</c>-delimited files with decimal commas.</param>
/// <param name="MaxRejectRate">The largest share of a file's rows that may be quarantined (0..1).</param>
/// <param name="Append">Merge this batch with the current generation's accepted rows instead of replacing them.</param>
public sealed record LoadOptions(string RawFolder, string Warehouse, string? Locale = null, double MaxRejectRate = 0.05, bool Append = false)
{
    /// <summary>DuckDB's memory limit during a load.</summary>
    public string MemoryLimit { get; init; } = "1536MB";

    /// <summary>DuckDB's worker threads.</summary>
    public int Threads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The import profile (a built-in name or a profile folder) reading <see cref="RawFolder"/>; null for canonical files.</summary>
    public string? Profile { get; init; }

    // Set by the loader once the profile ran: the canonical files it wrote and their lineage.
    internal Profiles.ProfileRun? ProfileRun { get; init; }

    internal bool DecimalComma => Locale == "fr";

    internal char Delimiter => Locale == "fr" ? ';' : ',';
}
