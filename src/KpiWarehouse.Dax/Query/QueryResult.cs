using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Query;

/// <summary>A column of a result table: <c>Table[Column]</c> for model columns, the given name otherwise.</summary>
/// <param name="Name">The column's name as DAX clients show it.</param>
public sealed record ResultColumn(string Name);

/// <summary>The rows of one EVALUATE, in ORDER BY order (or the engine's deterministic order).</summary>
public sealed class ResultTable(IReadOnlyList<ResultColumn> columns, IReadOnlyList<DaxValue[]> rows)
{
    /// <summary>The columns.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; } = columns;

    /// <summary>The rows, one value per column.</summary>
    public IReadOnlyList<DaxValue[]> Rows { get; } = rows;
}

/// <summary>The outcome of <see cref="DaxEngine.Evaluate"/>: one table per EVALUATE, or the error that stopped the query.</summary>
public sealed class QueryResult
{
    internal QueryResult(IReadOnlyList<ResultTable> tables, DaxDiagnostic? error)
    {
        Tables = tables;
        Error = error;
    }

    /// <summary>One table per EVALUATE statement (empty on error).</summary>
    public IReadOnlyList<ResultTable> Tables { get; }

    /// <summary>The parse or evaluation error, or null on success.</summary>
    public DaxDiagnostic? Error { get; }

    /// <summary>True when the query ran.</summary>
    public bool IsSuccess => Error is null;
}
