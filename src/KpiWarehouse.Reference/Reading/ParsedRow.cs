using KpiWarehouse.Contract.Raw;

namespace KpiWarehouse.Reference.Reading;

/// <summary>One accepted raw row as typed values in the order of its entity's contract columns (null = NULL).</summary>
public sealed class ParsedRow(RawEntity entity, object?[] values, int line)
{
    /// <summary>The raw file's 1-based line the row starts on.</summary>
    public int Line { get; } = line;

    private object? Value(string column)
    {
        for (var i = 0; i < entity.Columns.Count; i++)
        {
            if (entity.Columns[i].Name == column)
                return values[i];
        }
        throw new ArgumentException($"{entity.Name} has no column {column}", nameof(column));
    }

    /// <summary>A text or code value, or null.</summary>
    public string? Text(string column) => (string?)Value(column);

    /// <summary>A required text or code value.</summary>
    public string RequiredText(string column) => Text(column) ?? throw Missing(column);

    /// <summary>A date, or null.</summary>
    public DateOnly? Date(string column) => (DateOnly?)Value(column);

    /// <summary>A required date.</summary>
    public DateOnly RequiredDate(string column) => Date(column) ?? throw Missing(column);

    /// <summary>A timestamp, or null.</summary>
    public DateTime? Timestamp(string column) => (DateTime?)Value(column);

    /// <summary>A required timestamp.</summary>
    public DateTime RequiredTimestamp(string column) => Timestamp(column) ?? throw Missing(column);

    /// <summary>A decimal, or null.</summary>
    public decimal? Decimal(string column) => (decimal?)Value(column);

    /// <summary>A required decimal.</summary>
    public decimal RequiredDecimal(string column) => Decimal(column) ?? throw Missing(column);

    /// <summary>A required whole number.</summary>
    public int RequiredInt(string column) => (int?)Value(column) ?? throw Missing(column);

    /// <summary>A required boolean.</summary>
    public bool RequiredBool(string column) => (bool?)Value(column) ?? throw Missing(column);

    // Required columns are checked while reading, so a missing one here is a bug of the reader.
    private InvalidOperationException Missing(string column) => new($"{entity.Name}:{Line}: {column} is required");
}
