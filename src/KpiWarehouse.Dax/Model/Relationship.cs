namespace KpiWarehouse.Dax.Model;

/// <summary>How a relationship propagates filters.</summary>
public enum CrossFilterDirection
{
    /// <summary>From the one side to the many side only.</summary>
    Single,
    /// <summary>Both ways.</summary>
    Both,
    /// <summary>Not at all (CROSSFILTER … None).</summary>
    None,
}

/// <summary>
/// A many-to-one relationship: <see cref="FromColumn"/> (many side) → <see cref="ToColumn"/> (one side,
/// unique key). Holds the cached index from each many-side row to its one-side row (the one side's
/// blank row for keys that match nothing).
/// </summary>
public sealed class Relationship
{
    internal Relationship(int ordinal, Column from, Column to, bool isActive, CrossFilterDirection direction)
    {
        Ordinal = ordinal;
        FromColumn = from;
        ToColumn = to;
        IsActive = isActive;
        Direction = direction;
    }

    /// <summary>Position in the model.</summary>
    public int Ordinal { get; }

    /// <summary>The many side's key column.</summary>
    public Column FromColumn { get; }

    /// <summary>The one side's key column.</summary>
    public Column ToColumn { get; }

    /// <summary>The many-side table.</summary>
    public Table FromTable => FromColumn.Table;

    /// <summary>The one-side table.</summary>
    public Table ToTable => ToColumn.Table;

    /// <summary>True when active by default (inactive ones need USERELATIONSHIP).</summary>
    public bool IsActive { get; }

    /// <summary>The model's cross-filter direction.</summary>
    public CrossFilterDirection Direction { get; }

    /// <summary>For each many-side row, the one-side row it belongs to.</summary>
    internal int[] ManyToOne { get; private set; } = [];

    /// <summary>True when some many-side key matches no one-side row.</summary>
    internal bool HasUnmatchedKeys { get; private set; }

    internal void IndexCodes(out int[] codeToRow)
    {
        var to = ToColumn;
        var keyRow = new int[to.Dictionary.Length];
        Array.Fill(keyRow, -1);
        for (var r = 0; r < to.Table.RowCount; r++)
        {
            var code = to.Codes[r];
            if (code != 0) keyRow[code] = r;
        }
        var from = FromColumn;
        codeToRow = new int[from.Dictionary.Length];
        for (var c = 0; c < codeToRow.Length; c++)
        {
            var toCode = c == 0 ? -1 : to.CodeOf(from.Dictionary[c]);
            codeToRow[c] = toCode < 0 ? -1 : keyRow[toCode];
        }
        for (var r = 0; r < from.Table.RowCount && !HasUnmatchedKeys; r++)
            HasUnmatchedKeys = codeToRow[from.Codes[r]] < 0;
    }

    internal void BuildIndex(int[] codeToRow)
    {
        var from = FromColumn;
        var blankRow = ToTable.RowCount;
        var map = new int[from.Table.TotalRows];
        for (var r = 0; r < map.Length; r++)
        {
            var row = r < from.Table.RowCount ? codeToRow[from.Codes[r]] : -1;
            map[r] = row < 0 ? blankRow : row;
        }
        ManyToOne = map;
    }

    /// <inheritdoc />
    public override string ToString() => $"{FromColumn} -> {ToColumn}{(IsActive ? "" : " (inactive)")}";
}
