using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Pbip;

/// <summary>The small JSON files of a Power BI project (schemas published by Microsoft for Fabric git integration).</summary>
internal static class PbipJson
{
    public static string Project(string reportFolder) => $$"""
        {
          "$schema": "https://developer.microsoft.com/json-schemas/fabric/pbip/pbipProperties/1.0.0/schema.json",
          "version": "1.0",
          "artifacts": [
            {
              "report": {
                "path": {{Quote(reportFolder)}}
              }
            }
          ],
          "settings": {
            "enableAutoRecovery": true
          }
        }

        """;

    public static string Platform(string type, string displayName) => $$"""
        {
          "$schema": "https://developer.microsoft.com/json-schemas/fabric/gitIntegration/platformProperties/2.0.0/schema.json",
          "metadata": {
            "type": {{Quote(type)}},
            "displayName": {{Quote(displayName)}}
          },
          "config": {
            "version": "2.0",
            "logicalId": {{Quote(LineageTags.For("item", type, displayName))}}
          }
        }

        """;

    /// <summary>Version 4.0 and later: the semantic model is a TMDL <c>definition/</c> folder.</summary>
    public static string SemanticModelDefinition() => """
        {
          "$schema": "https://developer.microsoft.com/json-schemas/fabric/item/semanticModel/definitionProperties/1.0.0/schema.json",
          "version": "4.2",
          "settings": {}
        }

        """;

    public static string ReportDefinition(string semanticModelFolder) => $$"""
        {
          "$schema": "https://developer.microsoft.com/json-schemas/fabric/item/report/definitionProperties/1.0.0/schema.json",
          "version": "4.0",
          "datasetReference": {
            "byPath": {
              "path": {{Quote("../" + semanticModelFolder)}}
            }
          }
        }

        """;

    /// <summary>One empty page, so Power BI Desktop opens the project on the model.</summary>
    public static string EmptyReport() => """
        {
          "config": "{\"version\":\"5.43\",\"themeCollection\":{},\"activeSectionIndex\":0}",
          "layoutOptimization": 0,
          "resourcePackages": [],
          "sections": [
            {
              "config": "{}",
              "displayName": "KPIs",
              "displayOption": 1,
              "filters": "[]",
              "height": 720.0,
              "name": "ReportSection",
              "visualContainers": [],
              "width": 1280.0
            }
          ]
        }

        """;

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text,
        new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
