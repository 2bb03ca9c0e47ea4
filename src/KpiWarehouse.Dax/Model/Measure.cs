namespace KpiWarehouse.Dax.Model;

/// <summary>A measure: a named DAX expression hosted by a table.</summary>
public sealed class Measure
{
    internal Measure(Table table, string name, string expression, string? formatString)
    {
        Table = table;
        Name = name;
        Expression = expression;
        FormatString = formatString;
    }

    /// <summary>The home table.</summary>
    public Table Table { get; }

    /// <summary>The measure's name (unique in the model).</summary>
    public string Name { get; }

    /// <summary>The DAX expression text.</summary>
    public string Expression { get; }

    /// <summary>The format string, if any.</summary>
    public string? FormatString { get; }

    /// <summary>The bound expression, cached by the engine on first use.</summary>
    internal object? Bound { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"[{Name}]";
}
