namespace KpiWarehouse.Query.Model;

/// <summary>The TMSL spellings of the enumerations the reader maps (TMSL writes them in camel case).</summary>
internal static class TmslEnums
{
    public static readonly IReadOnlyDictionary<string, ModelDataType> DataTypes = Map<ModelDataType>(new()
    {
        ["automatic"] = ModelDataType.Automatic,
        ["string"] = ModelDataType.String,
        ["int64"] = ModelDataType.Int64,
        ["double"] = ModelDataType.Double,
        ["dateTime"] = ModelDataType.DateTime,
        ["decimal"] = ModelDataType.Decimal,
        ["boolean"] = ModelDataType.Boolean,
        ["binary"] = ModelDataType.Binary,
        ["variant"] = ModelDataType.Variant,
        ["unknown"] = ModelDataType.Unknown,
    });

    public static readonly IReadOnlyDictionary<string, ColumnKind> ColumnKinds = Map<ColumnKind>(new()
    {
        ["data"] = ColumnKind.Data,
        ["calculated"] = ColumnKind.Calculated,
        ["calculatedTableColumn"] = ColumnKind.CalculatedTableColumn,
        ["rowNumber"] = ColumnKind.RowNumber,
    });

    public static readonly IReadOnlyDictionary<string, CrossFilteringBehavior> CrossFiltering = Map<CrossFilteringBehavior>(new()
    {
        ["oneDirection"] = CrossFilteringBehavior.OneDirection,
        ["bothDirections"] = CrossFilteringBehavior.BothDirections,
        ["automatic"] = CrossFilteringBehavior.Automatic,
    });

    public static readonly IReadOnlyDictionary<string, RelationshipCardinality> Cardinalities = Map<RelationshipCardinality>(new()
    {
        ["none"] = RelationshipCardinality.None,
        ["one"] = RelationshipCardinality.One,
        ["many"] = RelationshipCardinality.Many,
    });

    /// <summary>The value of <paramref name="property"/>, its default when absent; an unknown spelling is KPIW-Q107.</summary>
    public static T Parse<T>(TmslObject owner, string property, IReadOnlyDictionary<string, T> values, T defaultValue)
    {
        return Map(owner.String(property), values, defaultValue, owner.Errors, owner.Location, property);
    }

    /// <summary>The value spelled <paramref name="text"/>, its default when null; an unknown spelling is KPIW-Q107.</summary>
    public static T Map<T>(string? text, IReadOnlyDictionary<string, T> values, T defaultValue, TmslErrors errors, string location, string property)
    {
        if (text is null)
        {
            return defaultValue;
        }

        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        errors.Add(ModelDiagnostics.UnknownValue(location, property, text, string.Join(", ", values.Keys)));
        return defaultValue;
    }

    // TMSL readers accept any letter case for enumeration values.
    private static Dictionary<string, T> Map<T>(Dictionary<string, T> values) => new(values, StringComparer.OrdinalIgnoreCase);
}
