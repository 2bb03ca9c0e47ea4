namespace KpiWarehouse.Dax.Model;

/// <summary>One calculation item: a name and the expression that replaces SELECTEDMEASURE().</summary>
/// <param name="Name">The item's name (a value of the group's column).</param>
/// <param name="Expression">The DAX expression.</param>
/// <param name="FormatStringExpression">An optional DAX expression giving the format string.</param>
public sealed record CalculationItem(string Name, string Expression, string? FormatStringExpression = null)
{
    internal object? Bound { get; set; }
    internal object? BoundFormat { get; set; }
}

/// <summary>A calculation group: a table whose one column lists the items.</summary>
public sealed class CalculationGroup
{
    internal CalculationGroup(Table table, Column column, int precedence, IReadOnlyList<CalculationItem> items, SelectionExpressions selection)
    {
        Table = table;
        Column = column;
        Precedence = precedence;
        Items = items;
        Selection = selection;
    }

    /// <summary>The group's table.</summary>
    public Table Table { get; }

    /// <summary>The column whose values are the item names.</summary>
    public Column Column { get; }

    /// <summary>Higher precedence groups apply first (outermost).</summary>
    public int Precedence { get; }

    /// <summary>The items in ordinal order.</summary>
    public IReadOnlyList<CalculationItem> Items { get; }

    /// <summary>What a measure evaluates when several or no items are selected, or the group is not filtered.</summary>
    public SelectionExpressions Selection { get; }

    /// <summary>The item of that name (case-insensitive), or null.</summary>
    public CalculationItem? Find(string name) =>
        Items.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A calculation group's selection expressions (TMSL <c>multipleOrEmptySelectionExpression</c> and
/// <c>noSelectionExpression</c>), each held as an item whose name is the TMSL property. Null when the
/// model does not define it: the measure is then evaluated unmodified (Microsoft Learn "Calculation groups",
/// selection expressions).
/// </summary>
/// <param name="MultipleOrEmptySelection">Evaluated when the filter selects several items, or none of them.</param>
/// <param name="NoSelection">Evaluated when the group's column is not filtered at all.</param>
public sealed record SelectionExpressions(CalculationItem? MultipleOrEmptySelection, CalculationItem? NoSelection)
{
    /// <summary>No selection expressions.</summary>
    public static readonly SelectionExpressions None = new(null, null);
}
