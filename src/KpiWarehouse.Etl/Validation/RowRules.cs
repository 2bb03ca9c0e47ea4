using System.Globalization;
using KpiWarehouse.Contract.Raw;
using static KpiWarehouse.Etl.LoadDiagnostics;

namespace KpiWarehouse.Etl.Validation;

/// <summary>
/// The contract's per-value rules (required, parse, codes, ranges, date order) as one SQL query per entity,
/// generated from <see cref="RawSchema"/> so the rules live in one place: one <c>select</c> per rule and
/// column, each row naming the failing row, column, rule and why.
/// </summary>
internal static class RowRules
{
    /// <summary>
    /// A query returning (row_id, line_number, ordinal, column_name, rule, message) for every broken value. It reads
    /// <c>raw_&lt;entity&gt;</c> (the text, as <c>r</c>) beside <c>stg_&lt;entity&gt;</c> (the same rows typed once by
    /// the staging file, as <c>s</c>): one scan keeps the rows that break any rule, and only those few rows are
    /// checked rule by rule to say which.
    /// </summary>
    public static string Query(RawEntity entity)
    {
        var checks = Checks(entity);
        var any = string.Join("\n    or ", checks.Select(c => $"({c.Condition})"));
        var each = checks.Select((c, i) =>
            $"select r.row_id as row_id, r.line_number as line_number, {i + 1} as ordinal, {Sql.Quote(c.Column)} as column_name, "
            + $"{Sql.Quote(c.Rule)} as rule, {c.Message} as message\nfrom suspects\nwhere {c.Condition}");
        return $"""
            with suspects as materialized (
                select r, s
                from raw_{entity.Name} as r
                positional join stg_{entity.Name} as s
                where {any}
            )
            {string.Join("\nunion all\n", each)}
            """;
    }

    // In rule order (the first broken rule of a row is the one the quarantine shows). A condition names the text as
    // r.<column> and the typed value as s.<column>: over the join these are the two tables, over suspects the two
    // struct columns, so one text serves both.
    private static List<(string Column, string Rule, string Condition, string Message)> Checks(RawEntity entity)
    {
        var checks = new List<(string Column, string Rule, string Condition, string Message)>();
        foreach (var column in entity.Columns)
        {
            var c = column.Name;
            var shown = $"{Sql.Quote($"{c} '")} || r.{c} || ";
            if (column.Required)
                checks.Add((c, Required, $"r.{c} is null", Sql.Quote($"{c} is required")));
            if (column.Type is not (RawType.Text or RawType.Code))
                checks.Add((c, ParseRule(column.Type), $"r.{c} is not null and s.{c} is null", shown + Sql.Quote("' " + Expected(column))));
            if (column.Codes is { } codes)
                checks.Add((c, UnknownCode, $"s.{c} not in ({string.Join(", ", codes.Select(Sql.Quote))})",
                    shown + Sql.Quote($"' is not one of {string.Join(", ", codes)}")));
            if (column.Min is { } min)
                checks.Add((c, OutOfRange, $"s.{c} {(column.MinExclusive ? "<=" : "<")} {Number(min)}",
                    shown + Sql.Quote($"' must be {(column.MinExclusive ? ">" : ">=")} {Number(min)}")));
            if (column.Max is { } max)
                checks.Add((c, OutOfRange, $"s.{c} > {Number(max)}", shown + Sql.Quote($"' must be <= {Number(max)}")));
            if (column.NotBefore is { } other)
                checks.Add((c, DateOrder, $"s.{c} < s.{other}",
                    shown + Sql.Quote($"' is before {other} '") + $" || r.{other} || {Sql.Quote("'")}"));
        }
        return checks;
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
