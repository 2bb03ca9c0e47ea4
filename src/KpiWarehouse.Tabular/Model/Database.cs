namespace KpiWarehouse.Tabular.Model;

/// <summary>A tabular database: a name, a compatibility level and one model. Writers read it; it knows none of them.</summary>
public sealed class Database
{
    /// <summary>The database (semantic model) name.</summary>
    public required string Name { get; init; }

    /// <summary>The compatibility level; 1601 and later carry every feature the model uses.</summary>
    public int CompatibilityLevel { get; init; } = 1601;

    /// <summary>The model.</summary>
    public required Model Model { get; init; }
}

/// <summary>The model: tables, relationships, shared expressions, cultures, perspectives and roles, in write order.</summary>
public sealed class Model
{
    /// <summary>The model name (Power BI uses "Model").</summary>
    public string Name { get; init; } = "Model";

    /// <summary>The model's default culture.</summary>
    public string Culture { get; init; } = "en-US";

    /// <summary>Report authors get only explicit measures (no implicit sums of columns).</summary>
    public bool DiscourageImplicitMeasures { get; init; } = true;

    /// <summary>The Power Query folders that group shared expressions (e.g. "Parameters").</summary>
    public List<string> QueryGroups { get; } = [];

    public List<Table> Tables { get; } = [];

    public List<Relationship> Relationships { get; } = [];

    public List<NamedExpression> Expressions { get; } = [];

    public List<Culture> Cultures { get; } = [];

    public List<Perspective> Perspectives { get; } = [];

    public List<Role> Roles { get; } = [];

    /// <summary>The table named <paramref name="name"/>, or null.</summary>
    public Table? FindTable(string name) => Tables.FirstOrDefault(t => t.Name == name);
}
