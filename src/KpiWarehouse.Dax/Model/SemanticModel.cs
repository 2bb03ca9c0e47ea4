namespace KpiWarehouse.Dax.Model;

/// <summary>
/// An immutable semantic model: tables of dictionary-encoded columns, relationships with cached
/// indexes, measures, calculation groups and roles. Built with <see cref="ModelBuilder"/>; safe to
/// query from several threads.
/// </summary>
public sealed class SemanticModel
{
    private readonly Dictionary<string, Table> _tables;
    private readonly Dictionary<string, Measure> _measures;

    internal SemanticModel(IReadOnlyList<Table> tables, IReadOnlyList<Relationship> relationships,
        IReadOnlyList<Measure> measures, IReadOnlyList<CalculationGroup> calculationGroups, IReadOnlyList<Role> roles, ModelSpec spec)
    {
        Spec = spec;
        Tables = tables;
        Relationships = relationships;
        Measures = measures;
        CalculationGroups = calculationGroups;
        Roles = roles;
        _tables = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        _measures = measures.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The named parts the model was assembled from (to assemble a copy with query columns).</summary>
    internal ModelSpec Spec { get; }

    /// <summary>The tables in the order they were added.</summary>
    public IReadOnlyList<Table> Tables { get; }

    /// <summary>The relationships in the order they were added.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>The measures in the order they were added.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>The calculation groups, highest precedence first.</summary>
    public IReadOnlyList<CalculationGroup> CalculationGroups { get; }

    /// <summary>The security roles.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>True when a measure, calculation item or role filter of the model mentions ALLSELECTED.</summary>
    internal bool MentionsAllSelected => _mentionsAllSelected ??=
        Measures.Select(m => m.Expression)
            .Concat(CalculationGroups.SelectMany(g => g.Items.Append(g.Selection.MultipleOrEmptySelection).Append(g.Selection.NoSelection))
                .OfType<CalculationItem>().Select(i => i.Expression))
            .Concat(Roles.SelectMany(r => r.TableFilters.Values))
            .Any(text => text.Contains("ALLSELECTED", StringComparison.OrdinalIgnoreCase));

    private bool? _mentionsAllSelected;

    /// <summary>The table of that name (case-insensitive), or null.</summary>
    public Table? FindTable(string name) => _tables.GetValueOrDefault(name);

    /// <summary>The measure of that name (case-insensitive), or null.</summary>
    public Measure? FindMeasure(string name) => _measures.GetValueOrDefault(name);

    /// <summary>The role of that name (case-insensitive), or null.</summary>
    public Role? FindRole(string name) =>
        Roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
