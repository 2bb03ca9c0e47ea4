namespace KpiWarehouse.Query.Model.Tmdl;

/// <summary>
/// One object of a TMDL document (<c>table Sales</c>, <c>measure 'Revenue PY' = …</c>, <c>kpi</c>): its
/// type keyword, name, the value after <c>=</c> on its own line, its properties (<c>name: value</c> and
/// <c>name = expression</c>, bare flags as <c>true</c>) and child objects, in file order.
/// </summary>
internal sealed class TmdlNode(string type, string? name, string? value, string file, int line)
{
    public string Type { get; } = type;

    public string? Name { get; } = name;

    /// <summary>The default property: the text after <c>=</c> (a measure's DAX, a partition's source type…).</summary>
    public string? Value { get; set; } = value;

    public string File { get; } = file;

    public int Line { get; } = line;

    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<TmdlNode> Children { get; } = [];

    public string Location => $"{File}:{Line}";

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) =>
        Properties.TryGetValue(name, out var value) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<TmdlNode> ChildrenOf(string type) =>
        Children.Where(child => string.Equals(child.Type, type, StringComparison.OrdinalIgnoreCase));
}
