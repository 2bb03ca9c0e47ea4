namespace KpiWarehouse.Tabular.Building;

/// <summary>Choices of a model generation that do not come from the catalog or the warehouse.</summary>
public sealed record ModelOptions
{
    /// <summary>The semantic model (database) name.</summary>
    public string DatabaseName { get; init; } = "KpiWarehouse";

    /// <summary>
    /// The default value of the <c>Warehouse Folder</c> parameter: the generation folder as Power BI will read it.
    /// Committed models use a relative placeholder so they hold no machine's path.
    /// </summary>
    public string WarehouseFolder { get; init; } = "warehouse";

    /// <summary>Years kept by the incremental-refresh policy (rolling window).</summary>
    public int RollingWindowYears { get; init; } = 10;

    /// <summary>Months refreshed by the incremental-refresh policy.</summary>
    public int IncrementalMonths { get; init; } = 3;
}

/// <summary>A built model and what it could not translate.</summary>
/// <param name="Database">The database.</param>
/// <param name="Untranslated">Visible object names without a fr-FR caption (shown in English).</param>
public sealed record ModelBuild(Model.Database Database, IReadOnlyList<string> Untranslated);
