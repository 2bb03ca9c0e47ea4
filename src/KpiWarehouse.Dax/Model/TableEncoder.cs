using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Evaluation;

namespace KpiWarehouse.Dax.Model;

/// <summary>Encodes a table's columns and appends it to a table list, reporting duplicate names.</summary>
internal static class TableEncoder
{
    public static Table? Add(List<Table> tables, string name, IReadOnlyList<ColumnData> columns, List<DaxDiagnostic> errors)
    {
        if (tables.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Table '{name}' is defined twice.", null));
            return null;
        }
        var rows = columns.Count == 0 ? 0 : columns[0].RowCount;
        if (columns.Any(c => c.RowCount != rows))
        {
            errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Table '{name}': columns have different row counts.", null));
            return null;
        }
        var table = new Table(name, rows, tables.Count);
        foreach (var data in columns)
        {
            if (table.FindColumn(data.Name) is not null)
            {
                errors.Add(new(EvaluationDiagnostics.InvalidModel, $"Column '{name}'[{data.Name}] is defined twice.", null));
                continue;
            }
            table.Add(ColumnEncoder.Encode(table, data, table.Columns.Count));
        }
        tables.Add(table);
        return table;
    }

    /// <summary>Adds a computed column to an existing table (BLANK on its blank row).</summary>
    public static Column AddColumn(Table table, ColumnData data)
    {
        var column = ColumnEncoder.Encode(table, data, table.Columns.Count);
        if (table.HasBlankRow) column.AppendBlankRow();
        table.Add(column);
        return column;
    }

    /// <summary>
    /// A copy of the tables sharing their encoded data (dictionaries and codes are never changed once
    /// built), so that columns can be added to the copy without touching a published model.
    /// </summary>
    public static List<Table> Copy(IReadOnlyList<Table> tables)
    {
        var copies = new List<Table>(tables.Count);
        foreach (var t in tables)
        {
            var copy = new Table(t.Name, t.RowCount, t.Ordinal);
            foreach (var c in t.Columns) copy.Add(c.CopyTo(copy));
            if (t.HasBlankRow) copy.MarkBlankRow();
            copies.Add(copy);
        }
        return copies;
    }
}
