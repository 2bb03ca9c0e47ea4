namespace KpiWarehouse.Tabular.Model;

/// <summary>The calculation items of a calculation-group table, applied to the measure a visual shows.</summary>
public sealed class CalculationGroup
{
    public int Precedence { get; init; }

    public List<CalculationItem> Items { get; } = [];
}

/// <summary>One calculation item; <see cref="FormatStringExpression"/> is a DAX expression returning the format.</summary>
public sealed class CalculationItem
{
    public required string Name { get; init; }

    public required string Expression { get; init; }

    public string? FormatStringExpression { get; init; }

    public string? Description { get; init; }
}
