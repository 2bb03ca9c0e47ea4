using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>A column of a table value: its name and, when it comes from the model, its lineage.</summary>
internal sealed record TableColumn(string Name, Column? Lineage, int BaseOrdinal = -1);

/// <summary>
/// A table value. Either rows of a model table (<see cref="Base"/> set: values are read from the
/// store by row index, no copy) possibly with computed columns, or fully materialized rows.
/// </summary>
internal sealed class DaxTable
{
    private readonly List<DaxValue[]>? _extra;
    private readonly int[] _extraIndex;

    public DaxTable(IReadOnlyList<TableColumn> columns, Table? baseTable, int[]? baseRows, List<DaxValue[]>? extra)
    {
        Columns = columns;
        Base = baseTable;
        BaseRows = baseRows;
        _extra = extra;
        RowCount = baseRows?.Length ?? extra?.Count ?? 0;
        _extraIndex = new int[columns.Count];
        var k = 0;
        for (var i = 0; i < columns.Count; i++) _extraIndex[i] = columns[i].BaseOrdinal >= 0 ? -1 : k++;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public Table? Base { get; }

    public int[]? BaseRows { get; }

    public int RowCount { get; }

    public DaxValue Value(int row, int column)
    {
        var c = Columns[column];
        return c.BaseOrdinal >= 0 ? Base!.Columns[c.BaseOrdinal].ValueAt(BaseRows![row]) : _extra![row][_extraIndex[column]];
    }

    public DaxValue[] Row(int row)
    {
        var values = new DaxValue[Columns.Count];
        for (var c = 0; c < values.Length; c++) values[c] = Value(row, c);
        return values;
    }

    public int IndexOf(Column lineage)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Lineage == lineage) return i;
        return -1;
    }

    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>The rows of a model table (all its columns, lineage kept).</summary>
    public static DaxTable FromRows(Table table, int[] rows) =>
        new(table.Columns.Select(c => new TableColumn(c.Name, c, c.Ordinal)).ToArray(), table, rows, null);

    /// <summary>A materialized table.</summary>
    public static DaxTable Materialized(IReadOnlyList<TableColumn> columns, List<DaxValue[]> rows) =>
        new(columns.Select(c => c with { BaseOrdinal = -1 }).ToArray(), null, null, rows);

    /// <summary>The same table with the given rows only (by position).</summary>
    public DaxTable Select(IReadOnlyList<int> positions)
    {
        var extra = _extra is null ? null : positions.Select(p => _extra[p]).ToList();
        var baseRows = BaseRows is null ? null : positions.Select(p => BaseRows[p]).ToArray();
        return new DaxTable(Columns, Base, baseRows, extra ?? (baseRows is null ? [] : null));
    }

    /// <summary>The same rows with computed columns appended.</summary>
    public DaxTable Extend(IReadOnlyList<string> names, List<DaxValue[]> values)
    {
        var columns = Columns.Concat(names.Select(n => new TableColumn(n, null))).ToArray();
        var extra = new List<DaxValue[]>(RowCount);
        for (var r = 0; r < RowCount; r++)
        {
            var own = _extra?[r] ?? [];
            extra.Add([.. own, .. values[r]]);
        }
        return new DaxTable(columns, Base, BaseRows, extra);
    }

    public static readonly DaxTable Empty = Materialized([], []);
}
