using KpiWarehouse.Dax.Model;

namespace KpiWarehouse.Dax.Evaluation.Filters;

/// <summary>A filter on one column: the set of its dictionary codes that are allowed.</summary>
internal sealed class ColumnFilter(Column column, BitSet codes) : Filter
{
    private BitSet? _ownRows;

    public Column Column { get; } = column;

    public BitSet Codes { get; } = codes;

    public override IEnumerable<Column> Columns => [Column];

    public override bool Covers(Column c) => c == Column;

    public override Filter? Without(Func<Column, bool> remove) => remove(Column) ? null : this;

    /// <summary>Rows of the column's own table whose value is allowed.</summary>
    public BitSet OwnRows()
    {
        if (_ownRows is not null) return _ownRows;
        var table = Column.Table;
        var rows = new BitSet(table.TotalRows);
        var codes = Column.Codes;
        for (var r = 0; r < rows.Length; r++)
            if (Codes[codes[r]]) rows[r] = true;
        return _ownRows = rows;
    }

    protected override BitSet? ComputeMask(Table target, RelationshipState state)
    {
        if (target == Column.Table) return OwnRows();
        return state.Path(target, Column.Table) is null ? null : Propagate(target, Column.Table, OwnRows(), state);
    }
}
