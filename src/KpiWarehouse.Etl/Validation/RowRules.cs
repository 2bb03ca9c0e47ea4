using System.Globalization;
using KpiWarehouse.Contract.Raw;
using static KpiWarehouse.Etl.LoadDiagnostics;

namespace KpiWarehouse.Etl.Validation;

/// <summary>
/// The contract's per-value rules (required, parse, codes, ranges, date order) as one SQL query per entity,
/// generated from <see cref="RawSchema"/> so the rules live in one place: one <c>select</c> per rule and
/// column over <c>raw_&lt;entity&gt;</c>, each row naming the failing row, column, rule and why.
/// </summary>
internal static class RowRules
{
    /// <summary>A query returning (row_id, line_number, ordinal, column_name, rule, message) for every broken value.</summary>
    public static string Query(RawEntity entity)
    {
        var checks = new List<string>();
        foreach (var column in entity.Columns)
        {
            var c = column.Name;
            var parsed = $"{Parser(column.Type)}({c})";
            var shown = $"{Sql.Quote($"{c} '")} || {c} || ";
            if (column.Required)
                checks.Add(Check(entity, checks.Count + 1, c, Required, $"{c} is null", Sql.Quote($"{c} is required")));
            if (column.Type is not (RawType.Text or RawType.Code))
                checks.Add(Check(entity, checks.Count + 1, c, ParseRule(column.Type), $"{c} is not null and {parsed} is null",
                    shown + Sql.Quote("' " + Expected(column))));
            if (column.Codes is { } codes)
                checks.Add(Check(entity, checks.Count + 1, c, UnknownCode, $"{parsed} not in ({string.Join(", ", codes.Select(Sql.Quote))})",
                    shown + Sql.Quote($"' is not one of {string.Join(", ", codes)}")));
            if (column.Min is { } min)
                checks.Add(Check(entity, checks.Count + 1, c, OutOfRange, $"{parsed} {(column.MinExclusive ? "<=" : "<")} {Number(min)}",
                    shown + Sql.Quote($"' must be {(column.MinExclusive ? ">" : ">=")} {Number(min)}")));
            if (column.Max is { } max)
                checks.Add(Check(entity, checks.Count + 1, c, OutOfRange, $"{parsed} > {Number(max)}",
                    shown + Sql.Quote($"' must be <= {Number(max)}")));
            if (column.NotBefore is { } other)
            {
                var otherParsed = $"{Parser(entity.Column(other)!.Type)}({other})";
                checks.Add(Check(entity, checks.Count + 1, c, DateOrder, $"{parsed} < {otherParsed}",
                    shown + Sql.Quote($"' is before {other} '") + $" || {other} || {Sql.Quote("'")}"));
            }
        }
        return string.Join("\nunion all\n", checks);
    }

    /// <summary>The macro of sql/macros.sql that parses a value of <paramref name="type"/>.</summary>
    public static string Parser(RawType type) => type switch
    {
        RawType.Text => "parse_text",
        RawType.Code => "parse_code",
        RawType.Date => "parse_date",
        RawType.Timestamp => "parse_timestamp",
        RawType.Decimal => "parse_decimal",
        RawType.Int => "parse_int",
        RawType.Bool => "parse_bool",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Check(RawEntity entity, int ordinal, string column, string rule, string condition, string message) =>
        $"select row_id, line_number, {ordinal} as ordinal, {Sql.Quote(column)} as column_name, {Sql.Quote(rule)} as rule, {message} as message"
        + $"\nfrom raw_{entity.Name}\nwhere {condition}";

    private static string ParseRule(RawType type) => type switch
    {
        RawType.Date => BadDate,
        RawType.Timestamp => BadTimestamp,
        RawType.Decimal => BadDecimal,
        RawType.Int => BadInt,
        _ => BadBool,
    };

    private static string Expected(RawColumn column) => column.Type switch
    {
        RawType.Date => "is not a date (YYYY-MM-DD)",
        RawType.Timestamp => "is not a timestamp (YYYY-MM-DDTHH:MM[:SS] or YYYY-MM-DD HH:MM[:SS])",
        RawType.Decimal => "is not a number",
        RawType.Int => "is not a whole number",
        _ => "is not a boolean (true/false, 1/0, yes/no)",
    };

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
