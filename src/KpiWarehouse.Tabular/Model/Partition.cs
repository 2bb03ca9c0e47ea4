namespace KpiWarehouse.Tabular.Model;

/// <summary>A partition of a table: an import query in Power Query M, or the source of a calculation group.</summary>
public sealed class Partition
{
    public required string Name { get; init; }

    public required PartitionSource Source { get; init; }
}

/// <summary>Where a partition's rows come from.</summary>
public abstract record PartitionSource;

/// <summary>An import partition whose rows are the result of an M query.</summary>
public sealed record MPartitionSource(string Expression) : PartitionSource;

/// <summary>The rows of a calculation group (its calculation items).</summary>
public sealed record CalculationGroupSource : PartitionSource;

/// <summary>A shared Power Query expression, e.g. a parameter every partition reads.</summary>
public sealed class NamedExpression
{
    public required string Name { get; init; }

    /// <summary>The M expression (for a parameter: its value and <c>meta [IsParameterQuery=true, …]</c>).</summary>
    public required string Expression { get; init; }

    public required string LineageTag { get; init; }

    public string? Description { get; init; }

    public string? QueryGroup { get; init; }
}

/// <summary>
/// An incremental-refresh policy: keep <see cref="RollingWindowPeriods"/> of <see cref="RollingWindowGranularity"/>,
/// refresh the last <see cref="IncrementalPeriods"/> of <see cref="IncrementalGranularity"/>; the source expression
/// filters rows by the RangeStart / RangeEnd parameters.
/// </summary>
public sealed class RefreshPolicy
{
    public required string SourceExpression { get; init; }

    public string RollingWindowGranularity { get; init; } = "year";

    public int RollingWindowPeriods { get; init; } = 10;

    public string IncrementalGranularity { get; init; } = "month";

    public int IncrementalPeriods { get; init; } = 3;
}
