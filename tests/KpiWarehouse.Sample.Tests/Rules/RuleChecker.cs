using System.Globalization;
using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests.Rules;

/// <summary>
/// Checks every row of a raw folder against every rule of raw-contract.md: values (required, type, code,
/// range), order of dates within a row, keys, references, and the entity rules the tables state in words.
/// Returns one line per broken rule: <c>file:line: column: reason</c>.
/// </summary>
public static partial class RuleChecker
{
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static List<string> Check(Func<string, CsvTable> table)
    {
        var errors = new List<string>();
        var keys = new Dictionary<string, HashSet<string>>();
        foreach (var entity in ContractText.Entities)
        {
            var data = table(entity.Name);
            CheckValues(entity, data, errors);
            if (entity.Key.Length > 0)
                keys[entity.Name] = CheckKey(entity, data, errors);
        }
        foreach (var entity in ContractText.Entities)
            CheckReferences(entity, table(entity.Name), keys, errors);
        CheckEntityRules(table, errors);
        return errors;
    }

    private static void CheckValues(Entity entity, CsvTable data, List<string> errors)
    {
        var columns = entity.Columns.Select(c => data.Column(c.Name)).ToArray();
        foreach (var row in data.Rows)
        {
            if (row.Fields.Length != data.Header.Length)
            {
                errors.Add($"{entity.Name}:{row.Line}: has {row.Fields.Length} fields, the header {data.Header.Length}");
                continue;
            }
            for (var i = 0; i < entity.Columns.Length; i++)
            {
                var col = entity.Columns[i];
                var value = row[columns[i]];
                var problem = CheckValue(col, value);
                if (problem is null && col.NotBefore is { } other && value.Length > 0)
                {
                    var before = row[data.Column(other)];
                    if (before.Length > 0 && string.CompareOrdinal(Normalize(value), Normalize(before)) < 0)
                        problem = $"{value} is before {other} {before}";
                }
                if (problem is not null)
                    errors.Add($"{entity.Name}:{row.Line}: {col.Name}: {problem}");
            }
        }
    }

    /// <summary>Why a value breaks its column's rule, or null.</summary>
    public static string? CheckValue(Col col, string value)
    {
        if (value.Length == 0)
            return col.Required ? "required value missing" : null;
        switch (col.Kind)
        {
            case Kind.Code:
                return col.Codes!.Contains(value.Trim().ToUpperInvariant()) ? null : $"unknown code '{value}'";
            case Kind.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"not a date '{value}'";
            case Kind.Timestamp:
                return DateTime.TryParseExact(value, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"not a timestamp '{value}'";
            case Kind.Int:
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : $"not a whole number '{value}'";
            case Kind.Bool:
                return value.ToLowerInvariant() is "true" or "false" or "1" or "0" or "yes" or "no" ? null : $"not a boolean '{value}'";
            case Kind.Decimal:
                if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return $"not a decimal '{value}'";
                if (col.Min is { } min && (col.MinExclusive ? number <= min : number < min))
                    return $"{value} is below the minimum {min}";
                if (col.Max is { } max && number > max)
                    return $"{value} is above the maximum {max}";
                return null;
            default:
                return null;
        }
    }

    private static HashSet<string> CheckKey(Entity entity, CsvTable data, List<string> errors)
    {
        var columns = entity.Key.Select(data.Column).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in data.Rows)
        {
            var key = string.Join('\u001f', columns.Select(c => row[c]));
            if (!seen.Add(key))
                errors.Add($"{entity.Name}:{row.Line}: {string.Join(",", entity.Key)}: duplicate key {key.Replace('\u001f', ',')}");
        }
        return seen;
    }

    private static void CheckReferences(Entity entity, CsvTable data, Dictionary<string, HashSet<string>> keys, List<string> errors)
    {
        foreach (var col in entity.Columns.Where(c => c.Ref is not null))
        {
            var column = data.Column(col.Name);
            var targets = keys[col.Ref!];
            foreach (var row in data.Rows)
            {
                var value = row[column];
                if (value.Length > 0 && !targets.Contains(value))
                    errors.Add($"{entity.Name}:{row.Line}: {col.Name}: '{value}' is not a key of {col.Ref}");
            }
        }
    }

    /// <summary>"2024-01-02T10:00" and "2024-01-02 10:00:00" compare as the same instant text.</summary>
    private static string Normalize(string stamp)
    {
        var text = stamp.Replace(' ', 'T');
        return text.Length == 16 ? text + ":00" : text.Length == 10 ? text + "T00:00:00" : text;
    }
}
