using System.Globalization;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Reading;
using static KpiWarehouse.Etl.LoadDiagnostics;

namespace KpiWarehouse.Etl.Validation;

/// <summary>A broken value: which rule (its ordinal among the entity's value rules, from 1), column and why.</summary>
internal readonly record struct ValueFailure(int Ordinal, string Column, string Rule, string Message);

/// <summary>
/// The contract's per-value rules (required, parse, codes, ranges, date order) of one entity, generated from
/// <see cref="RawSchema"/> so the rules live in one place, and checked on each row as it is read. A rule fails only
/// when its condition holds: an empty or unparsable value breaks no code, range or date-order rule (the required or
/// parse rule says what is wrong with it). Rules are numbered in order: the first broken rule of a row is the one
/// the quarantine shows.
/// </summary>
internal sealed class ValueRules
{
    private enum Kind { Required, Parse, Code, Min, Max, NotBefore }

    private sealed record Rule(Kind Kind, int Column, string Name, string Code, int Other = -1, decimal Bound = 0, bool Exclusive = false,
        IReadOnlySet<string>? Codes = null, string Suffix = "");

    private readonly Rule[] _rules;

    public ValueRules(RawEntity entity)
    {
        var rules = new List<Rule>();
        for (var i = 0; i < entity.Columns.Count; i++)
        {
            var column = entity.Columns[i];
            var c = column.Name;
            if (column.Required)
                rules.Add(new(Kind.Required, i, c, Required));
            if (column.Type is not (RawType.Text or RawType.Code))
                rules.Add(new(Kind.Parse, i, c, ParseRule(column.Type), Suffix: "' " + Expected(column)));
            if (column.Codes is { } codes)
                rules.Add(new(Kind.Code, i, c, UnknownCode, Codes: codes.ToHashSet(StringComparer.Ordinal),
                    Suffix: $"' is not one of {string.Join(", ", codes)}"));
            if (column.Min is { } min)
                rules.Add(new(Kind.Min, i, c, OutOfRange, Bound: ValueParser.InUnits(column.Type, min), Exclusive: column.MinExclusive,
                    Suffix: $"' must be {(column.MinExclusive ? ">" : ">=")} {Number(min)}"));
            if (column.Max is { } max)
                rules.Add(new(Kind.Max, i, c, OutOfRange, Bound: ValueParser.InUnits(column.Type, max), Suffix: $"' must be <= {Number(max)}"));
            if (column.NotBefore is { } other)
                rules.Add(new(Kind.NotBefore, i, c, DateOrder, Other: entity.Columns.ToList().FindIndex(o => o.Name == other),
                    Suffix: $"' is before {other} '"));
        }
        _rules = [.. rules];
    }

    /// <summary>Adds to <paramref name="failures"/> every rule the row breaks: <paramref name="raw"/> holds the values
    /// as written (null when empty), <paramref name="typed"/> the same values typed, both in contract column order.</summary>
    public void Check(string?[] raw, TypedValue[] typed, List<ValueFailure> failures)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            ref readonly var value = ref typed[rule.Column];
            var broken = rule.Kind switch
            {
                Kind.Required => raw[rule.Column] is null,
                Kind.Parse => raw[rule.Column] is not null && value.IsNull,
                Kind.Code => !value.IsNull && !rule.Codes!.Contains(value.Text!),
                Kind.Min => !value.IsNull && (rule.Exclusive ? value.Long <= rule.Bound : value.Long < rule.Bound),
                Kind.Max => !value.IsNull && value.Long > rule.Bound,
                _ => !value.IsNull && !typed[rule.Other].IsNull && value.Time < typed[rule.Other].Time,
            };
            if (broken)
                failures.Add(new(i + 1, rule.Name, rule.Code, Message(rule, raw)));
        }
    }

    private static string Message(Rule rule, string?[] raw) => rule.Kind switch
    {
        Kind.Required => $"{rule.Name} is required",
        Kind.NotBefore => $"{rule.Name} '{raw[rule.Column]}{rule.Suffix}{raw[rule.Other]}'",
        _ => $"{rule.Name} '{raw[rule.Column]}{rule.Suffix}",
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
