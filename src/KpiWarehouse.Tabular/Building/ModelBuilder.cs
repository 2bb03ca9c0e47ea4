using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Building;

/// <summary>
/// Builds the semantic model from the KPI catalog and a warehouse's table listing: the star schema's tables,
/// the KPI measure table, time intelligence, security, perspectives and the fr-FR culture.
/// </summary>
public static partial class ModelBuilder
{
    /// <summary>The measure table holding every catalog KPI.</summary>
    public const string MeasureTable = "KPI";

    /// <summary>The time-intelligence calculation group.</summary>
    public const string TimeIntelligenceTable = "Time Intelligence";

    /// <summary>The parameter every partition reads its folder from.</summary>
    public const string FolderParameter = "Warehouse Folder";

    /// <summary>Builds the model; a problem of the warehouse or the catalog is a diagnostic.</summary>
    public static Outcome<ModelBuild> Build(KpiCatalog catalog, WarehouseSchema warehouse, ModelOptions options, string source = "manifest.json")
    {
        var model = new Model.Model();
        var untranslated = new List<string>();
        var build = new Context(catalog, warehouse, options, model, source, untranslated);

        var failure = AddParameters(build) ?? AddStarTables(build) ?? AddRelationships(build)
            ?? AddMeasures(build) ?? AddTimeIntelligence(build) ?? CheckReferences(build);
        if (failure is not null)
            return failure;
        AddRoles(build);
        AddPerspectives(build);
        AddCulture(build);
        return Outcome<ModelBuild>.Ok(new ModelBuild(new Database { Name = options.DatabaseName, Model = model }, untranslated));
    }

    /// <summary>What every step reads and adds to.</summary>
    private sealed record Context(
        KpiCatalog Catalog,
        WarehouseSchema Warehouse,
        ModelOptions Options,
        Model.Model Model,
        string Source,
        List<string> Untranslated)
    {
        /// <summary>Physical → model column names per model table, for the steps after the tables.</summary>
        public Dictionary<string, Dictionary<string, string>> Columns { get; } = [];

        public string Column(string table, string physical) => Columns[table][physical];
    }
}
