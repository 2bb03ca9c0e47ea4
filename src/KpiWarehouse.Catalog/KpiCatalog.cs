namespace KpiWarehouse.Catalog;

/// <summary>
/// The KPI catalog (<c>models/kpi-catalog.json</c>): the single source from which the model's measures,
/// the docs and the verification are generated.
/// </summary>
/// <param name="Folders">The display folders, one per audience section of the catalog, in display order.</param>
/// <param name="Perspectives">The audiences' perspectives and the folders each one shows.</param>
/// <param name="Kpis">Every KPI, ordered by number.</param>
public sealed record KpiCatalog(
    IReadOnlyList<KpiFolder> Folders,
    IReadOnlyList<KpiPerspective> Perspectives,
    IReadOnlyList<KpiDefinition> Kpis)
{
    /// <summary>The KPI named <paramref name="name"/> (exact, case-sensitive), or null.</summary>
    public KpiDefinition? Find(string name) => Kpis.FirstOrDefault(k => k.Name == name);
}

/// <summary>A display folder of measures and the audience it serves.</summary>
/// <param name="Name">The folder name (English).</param>
/// <param name="French">The fr-FR folder name.</param>
/// <param name="Audience">Who reads it (documentation only).</param>
public sealed record KpiFolder(string Name, string French, string Audience);

/// <summary>A perspective for one audience: the folders whose measures it shows.</summary>
public sealed record KpiPerspective(string Name, IReadOnlyList<string> Folders);

/// <summary>A description in English and French.</summary>
public sealed record KpiText(string English, string French);

/// <summary>The KPI object (target and status) a measure carries; the target comes from the Targets fact.</summary>
/// <param name="Metric">The targets' metric code (<c>REVENUE</c>, <c>NEW_LEADS</c>, <c>DEALS_WON</c>).</param>
public sealed record KpiTarget(string Metric);

/// <summary>One KPI of the catalog.</summary>
/// <param name="Number">The catalog number (1-based, unique).</param>
/// <param name="Name">The measure name in the model; a contract.</param>
/// <param name="French">The fr-FR caption.</param>
/// <param name="Folder">The display folder (one of <see cref="KpiCatalog.Folders"/>).</param>
/// <param name="Description">What the number means, from the catalog's definition.</param>
/// <param name="Dimensions">The dimension tables that filter it; the others do not.</param>
/// <param name="FormatString">The measure's format string.</param>
/// <param name="IsAdditive">Summing it over dates gives the value over their union: the time-intelligence items apply.</param>
/// <param name="Target">The KPI object's target, when it has one.</param>
/// <param name="Dax">The DAX expression, lines joined with '\n'.</param>
public sealed record KpiDefinition(
    int Number,
    string Name,
    string French,
    string Folder,
    KpiText Description,
    IReadOnlyList<string> Dimensions,
    string FormatString,
    bool IsAdditive,
    KpiTarget? Target,
    string Dax);
