namespace KpiWarehouse.Query.Model;

public static partial class ModelReader
{
    private static ModelRelationship ReadRelationship(TmslObject relationship) =>
        new(
            relationship.String("name") ?? "",
            relationship.RequiredString("fromTable"),
            relationship.RequiredString("fromColumn"),
            relationship.RequiredString("toTable"),
            relationship.RequiredString("toColumn"),
            relationship.Bool("isActive", true),
            TmslEnums.Parse(relationship, "crossFilteringBehavior", TmslEnums.CrossFiltering, CrossFilteringBehavior.OneDirection),
            TmslEnums.Parse(relationship, "fromCardinality", TmslEnums.Cardinalities, RelationshipCardinality.Many),
            TmslEnums.Parse(relationship, "toCardinality", TmslEnums.Cardinalities, RelationshipCardinality.One));

    private static ModelRole ReadRole(TmslObject role) =>
        new(
            role.RequiredString("name"),
            role.String("modelPermission") ?? "read",
            role.Array("tablePermissions")
                .Select(permission => new TablePermission(
                    permission.RequiredString("name"),
                    Formula(permission, "filterExpression", required: false)))
                .ToList());

    /// <summary>A named M expression that is a parameter (<c>… meta [IsParameterQuery=true …]</c>); other expressions are skipped.</summary>
    private static ModelParameter? ReadParameter(TmslObject expression)
    {
        var name = expression.RequiredString("name");
        var text = expression.Text("expression") ?? "";
        return text.Contains("IsParameterQuery=true", StringComparison.OrdinalIgnoreCase)
            ? new ModelParameter(name, PowerQueryText.LeadingString(text), text)
            : null;
    }
}
