using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Query.Model.Tmdl;

/// <summary>
/// Reads a TMDL definition folder (the <c>definition/</c> of a PBIP semantic model) into the same
/// <see cref="SemanticModel"/> as a model.bim: every <c>*.tmdl</c> file below it, tables and roles in the
/// order of the model's <c>ref</c> lines (file order when there are none).
/// </summary>
internal static partial class TmdlModelReader
{
    public static Outcome<SemanticModel> ReadFolder(string folder)
    {
        var nodes = new List<TmdlNode>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.tmdl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ModelDiagnostics.CannotRead(file, e.Message);
            }

            var parsed = TmdlParser.Parse(text, relative);
            if (!parsed.IsSuccess)
            {
                return parsed.Error!;
            }

            nodes.AddRange(parsed.Value);
        }

        if (!nodes.Any(node => Is(node, "table") || Is(node, "model")))
        {
            return ModelDiagnostics.NotDatabase(folder + " (no TMDL model or table in it)");
        }

        var errors = new TmslErrors(folder);
        var model = ReadModel(nodes, errors);
        if (errors.List.Count == 0)
        {
            ModelValidation.Check(model, errors);
        }

        return errors.List.Count > 0 ? errors.List[0] : Outcome<SemanticModel>.Ok(model);
    }

    private static SemanticModel ReadModel(List<TmdlNode> nodes, TmslErrors errors)
    {
        var database = nodes.FirstOrDefault(node => Is(node, "database"));
        var model = nodes.FirstOrDefault(node => Is(node, "model"));
        return new SemanticModel(
            database?.Name ?? model?.Name ?? "",
            int.TryParse(database?.Property("compatibilityLevel"), out var level) ? level : 0,
            model?.Property("culture"),
            InRefOrder(nodes, "table").Select(table => ReadTable(table, errors)).ToList(),
            nodes.Where(node => Is(node, "relationship")).Select(node => ReadRelationship(node, errors)).ToList(),
            InRefOrder(nodes, "role").Select(ReadRole).ToList(),
            nodes.Where(node => Is(node, "expression")).Select(ReadParameter).OfType<ModelParameter>().ToList());
    }

    /// <summary>
    /// The objects of <paramref name="type"/> in the order of the model's <c>ref</c> lines (<c>ref table Sales</c>),
    /// which PBIP uses to keep the order TMDL's one-file-per-object layout loses; the rest follow in file order.
    /// </summary>
    private static IEnumerable<TmdlNode> InRefOrder(List<TmdlNode> nodes, string type)
    {
        var prefix = type + " ";
        var order = nodes
            .Where(node => Is(node, "ref") && node.Name is { } name && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select((node, index) => (Name: TmdlNames.ReadName(node.Name![prefix.Length..].Trim(), out _), Index: index))
            .GroupBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Index, StringComparer.OrdinalIgnoreCase);
        return nodes.Where(node => Is(node, type))
            .Select((node, index) => (Node: node, Key: order.TryGetValue(node.Name ?? "", out var at) ? at : order.Count + index))
            .OrderBy(entry => entry.Key)
            .Select(entry => entry.Node);
    }

    private static ModelRelationship ReadRelationship(TmdlNode node, TmslErrors errors)
    {
        var (fromTable, fromColumn) = TmdlNames.SplitColumn(node.Property("fromColumn") ?? "");
        var (toTable, toColumn) = TmdlNames.SplitColumn(node.Property("toColumn") ?? "");
        return new ModelRelationship(
            node.Name ?? "",
            fromTable,
            fromColumn,
            toTable,
            toColumn,
            !string.Equals(node.Property("isActive"), "false", StringComparison.OrdinalIgnoreCase),
            TmslEnums.Map(node.Property("crossFilteringBehavior"), TmslEnums.CrossFiltering, CrossFilteringBehavior.OneDirection, errors, node.Location, "crossFilteringBehavior"),
            TmslEnums.Map(node.Property("fromCardinality"), TmslEnums.Cardinalities, RelationshipCardinality.Many, errors, node.Location, "fromCardinality"),
            TmslEnums.Map(node.Property("toCardinality"), TmslEnums.Cardinalities, RelationshipCardinality.One, errors, node.Location, "toCardinality"));
    }

    private static ModelRole ReadRole(TmdlNode node) =>
        new(
            node.Name ?? "",
            node.Property("modelPermission") ?? "read",
            node.ChildrenOf("tablePermission")
                .Select(permission => new TablePermission(permission.Name ?? "", Formula(permission.Value)))
                .ToList());

    private static ModelParameter? ReadParameter(TmdlNode node)
    {
        var text = node.Value ?? "";
        return text.Contains("IsParameterQuery=true", StringComparison.OrdinalIgnoreCase)
            ? new ModelParameter(node.Name ?? "", PowerQueryText.LeadingString(text), text)
            : null;
    }

    private static DaxFormula? Formula(string? text) => text is null ? null : DaxFormula.Parse(text);

    private static bool Is(TmdlNode node, string type) => string.Equals(node.Type, type, StringComparison.OrdinalIgnoreCase);
}
