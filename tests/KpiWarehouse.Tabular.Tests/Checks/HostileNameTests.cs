using System.Text.Json;
using KpiWarehouse.Tabular.Building;
using KpiWarehouse.Tabular.Model;
using KpiWarehouse.Tabular.Naming;
using KpiWarehouse.Tabular.Pbip;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Checks;

/// <summary>
/// Names with apostrophes, quotes, brackets, dots, accents and backslashes survive DAX, M, TMDL and JSON: TOM loads
/// the TMDL we write, and the model it exports holds exactly our names, expressions and descriptions.
/// </summary>
public sealed class HostileNameTests
{
    internal const string TableName = "Ventes d'O'Brien \"Q1\" [x].y é";
    private const string ColumnName = "Montant ]net[ \"TTC\" l'été.2";
    internal const string MeasureName = "C.A. d'été [\"net\"] %";
    internal const string FolderName = "Données\\Été 'x'";
    private const string Description = "Line one with \"quotes\" and 'apostrophes'\nline two: a = b # c";
    private const string ParameterName = "Dossier \"entrepôt\"";

    [TomFact]
    public void HostileNames_WrittenAsTmdl_TomLoadsThemIntactAndExportsTheSameModel()
    {
        var database = HostileModel();
        var folder = Models.TempFolder();
        try
        {
            PbipWriter.WriteTo(folder, PbipWriter.Write(database));
            var exported = Path.Combine(folder, "exported.bim");
            var (exit, output) = TomValidate.Run(Path.Combine(folder, "KpiWarehouse.SemanticModel", "definition"), "--strict", "--export-bim", exported);
            Assert.True(exit == 0, output);
            AssertSameAsOurs(database, exported);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertSameAsOurs(Database ours, string exportedBim)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(exportedBim));
        var model = document.RootElement.GetProperty("model");
        var table = model.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("name").GetString() == TableName);
        var column = table.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == ColumnName);
        Assert.Equal(Description, column.GetProperty("description").GetString());

        var oursMeasure = ours.Model.FindTable(TableName)!.Measures.Single();
        var measure = table.GetProperty("measures").EnumerateArray().Single();
        Assert.Equal(MeasureName, measure.GetProperty("name").GetString());
        Assert.Equal(oursMeasure.Expression, measure.GetProperty("expression").GetString());
        Assert.Equal(FolderName, measure.GetProperty("displayFolder").GetString());
        Assert.Equal(Description, measure.GetProperty("description").GetString());

        var partition = table.GetProperty("partitions")[0].GetProperty("source").GetProperty("expression").GetString();
        Assert.Equal(((MPartitionSource)ours.Model.FindTable(TableName)!.Partitions[0].Source).Expression, partition);
        var parameter = model.GetProperty("expressions").EnumerateArray().Single(e => e.GetProperty("name").GetString() == ParameterName);
        Assert.Equal(ours.Model.Expressions[0].Expression, parameter.GetProperty("expression").GetString());

        var relationship = model.GetProperty("relationships")[0];
        Assert.Equal(ColumnName, relationship.GetProperty("fromColumn").GetString());
        var translated = model.GetProperty("cultures")[0].GetProperty("translations").GetProperty("model").GetProperty("tables")[0];
        Assert.Equal("'Été' \"2\" x", translated.GetProperty("columns")[0].GetProperty("translatedCaption").GetString());
        Assert.Equal(Description, translated.GetProperty("measures")[0].GetProperty("translatedDescription").GetString());
        var permission = model.GetProperty("roles")[0].GetProperty("tablePermissions")[0];
        Assert.Equal(TableName, permission.GetProperty("name").GetString());
    }

    private static Database HostileModel()
    {
        var model = new Model.Model();
        model.Expressions.Add(new NamedExpression
        {
            Name = ParameterName,
            Expression = PowerQuery.String("C:\\dossier \"x\"\n#(lf) é") + " meta [IsParameterQuery=true, Type=\"Text\", IsParameterQueryRequired=true]",
            LineageTag = LineageTags.For("expression", ParameterName),
        });
        var dimension = new Table { Name = "Dim 'x'", LineageTag = LineageTags.For("table", "Dim 'x'") };
        dimension.Columns.Add(new Column { Name = "Clé [k]", DataType = DataType.Int64, SourceColumn = "clé \"k\"", LineageTag = LineageTags.For("c", "k") });
        dimension.Partitions.Add(new Partition { Name = "Dim 'x'", Source = new MPartitionSource($"let\n    Source = #table ( type table [ {PowerQuery.Identifier("clé \"k\"")} = Int64.Type ], {{}} )\nin\n    Source") });

        var table = new Table { Name = TableName, LineageTag = LineageTags.For("table", TableName), Description = Description };
        table.Columns.Add(new Column
        {
            Name = ColumnName, DataType = DataType.Decimal, SourceColumn = "montant \"net\"", LineageTag = LineageTags.For("column", ColumnName),
            Description = Description, DisplayFolder = "  leading spaces: x = y",
        });
        table.Measures.Add(new Measure
        {
            Name = MeasureName,
            Expression = $"VAR Total = SUM ( {Dax.Column(TableName, ColumnName)} )\nRETURN\n    IF ( Total > 0, Total, {Dax.String("aucun \"montant\" d'été")} )",
            Description = Description,
            DisplayFolder = FolderName,
            FormatString = "\"€\" #,0.00",
            LineageTag = LineageTags.For("measure", MeasureName),
        });
        var source = $"let\n    Source = Parquet.Document ( File.Contents ( {PowerQuery.Identifier(ParameterName)} & {PowerQuery.String("/parquet/ventes d'été \"x\"/data.parquet")} ) )\nin\n    Source";
        table.Partitions.Add(new Partition { Name = TableName, Source = new MPartitionSource(source) });
        model.Tables.Add(dimension);
        model.Tables.Add(table);
        model.Relationships.Add(new Relationship
        {
            Name = LineageTags.For("relationship", "hostile"), FromTable = TableName, FromColumn = ColumnName, ToTable = "Dim 'x'", ToColumn = "Clé [k]",
        });
        var culture = new Culture { Name = "fr-FR" };
        var translation = new TableTranslation { Table = TableName, Translation = new Translation("Ventes \"été\"") };
        translation.Columns.Add((ColumnName, new Translation("'Été' \"2\" x")));
        translation.Measures.Add((MeasureName, new Translation("Mesure 'x'", Description, "Dossier\\Sous")));
        culture.Tables.Add(translation);
        model.Cultures.Add(culture);
        var role = new Role { Name = "Rôle 'x'" };
        role.TablePermissions.Add(new TablePermission(TableName, $"{Dax.Column(TableName, ColumnName)} > 0"));
        model.Roles.Add(role);
        var perspective = new Perspective { Name = "Vue \"x\"" };
        var entry = new PerspectiveTable { Table = TableName };
        entry.Measures.Add(MeasureName);
        entry.Columns.Add(ColumnName);
        perspective.Tables.Add(entry);
        model.Perspectives.Add(perspective);
        return new Database { Name = "KpiWarehouse", Model = model };
    }
}

/// <summary>Hostile names through the whole builder (its own class so xunit runs it beside the other TOM checks).</summary>
public sealed class HostileCatalogTests
{
    private const string MeasureName = HostileNameTests.MeasureName;
    private const string FolderName = HostileNameTests.FolderName;

    /// <summary>The whole builder with a hostile KPI name and folder: culture, perspectives, calculation items and KPI objects escape it too.</summary>
    [TomFact]
    public void HostileKpiName_ThroughTheModelBuilderAsBim_TomLoadsItIntact()
    {
        var catalog = Models.Catalog with
        {
            Folders = Models.Catalog.Folders.Select(f => f.Name == "Revenue" ? f with { Name = FolderName } : f).ToList(),
            Perspectives = Models.Catalog.Perspectives.Select(p => p with { Folders = p.Folders.Select(f => f == "Revenue" ? FolderName : f).ToList() }).ToList(),
            Kpis = Models.Catalog.Kpis.Select(k => k with
            {
                Name = k.Name == "Revenue" ? MeasureName : k.Name,
                Folder = k.Folder == "Revenue" ? FolderName : k.Folder,
                Dax = k.Dax.Replace("[Revenue]", Dax.Name(MeasureName), StringComparison.Ordinal),
            }).ToList(),
        };
        var build = ModelBuilder.Build(catalog, Models.Schema, new ModelOptions { WarehouseFolder = "C:\\entrepôt \"x\"" });
        Assert.True(build.IsSuccess, build.Error?.ToString());
        var folder = Models.TempFolder();
        try
        {
            PbipWriter.WriteTo(folder, PbipWriter.Write(build.Value.Database));
            var exported = Path.Combine(folder, "exported.bim");
            // TMDL escaping of hand-written hostile objects is checked above; here the JSON of the whole model.
            var (exit, output) = TomValidate.Run(Path.Combine(folder, "model.bim"), "--strict", "--export-bim", exported);
            Assert.True(exit == 0, output);

            using var document = JsonDocument.Parse(File.ReadAllText(exported));
            var kpi = document.RootElement.GetProperty("model").GetProperty("tables").EnumerateArray()
                .Single(t => t.GetProperty("name").GetString() == ModelBuilder.MeasureTable);
            var measure = kpi.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == MeasureName);
            Assert.Equal(FolderName, measure.GetProperty("displayFolder").GetString());
            Assert.Contains(Dax.Name(MeasureName), measure.GetProperty("kpi").GetProperty("statusExpression").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
