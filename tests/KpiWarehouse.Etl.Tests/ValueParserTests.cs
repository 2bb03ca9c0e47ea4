using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Reading;
using KpiWarehouse.Etl.Tests.Support;

namespace KpiWarehouse.Etl.Tests;

/// <summary>
/// The contract's parsing rules (raw-contract.md, "Parsing rules") as <see cref="ValueParser"/> applies them. Cases as
/// data (corpus/values/parsing.txt: <c>type | text | expected</c>, <c>NULL</c> when the value does not parse; <c>fr</c> before
/// the type for --locale fr), and a generated comparison with DuckDB's own casts: a value of the contract's form types
/// exactly as DuckDB's try_cast types it (the rule the load used when it typed values in SQL).
/// </summary>
public sealed class ValueParserTests
{
    public static TheoryData<string> Cases() => new(File.ReadAllLines(TestPaths.Corpus("values", "parsing.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Case_GivesExpectedValue(string line)
    {
        var parts = line.Split(" | ");
        var french = parts[0].StartsWith("fr ", StringComparison.Ordinal);
        var type = Enum.Parse<RawType>(parts[0].Replace("fr ", "", StringComparison.Ordinal));
        Assert.Equal(Unescape(parts[2]), Show(type, ValueParser.Parse(type, Unescape(parts[1]), french)));
    }

    private static string Unescape(string text) => text.Replace("\\t", "\t", StringComparison.Ordinal)
        .Replace("\\u00A0", "\u00A0", StringComparison.Ordinal).Replace("\\u202F", "\u202F", StringComparison.Ordinal)
        .Replace("<empty>", "", StringComparison.Ordinal);

    // The oracle: the contract's form (a regular expression over the text, trimmed of spaces) then DuckDB's try_cast.
    private static readonly Dictionary<RawType, string> Oracle = new()
    {
        [RawType.Date] = @"case when regexp_full_match(trim(s), '\d{4}-\d{2}-\d{2}') then cast(try_cast(trim(s) as date) as varchar) end",
        [RawType.Timestamp] = @"case when regexp_full_match(trim(s), '\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?')
            then cast(try_cast(replace(trim(s), 'T', ' ') || case when length(trim(s)) = 16 then ':00' else '' end as timestamp) as varchar) end",
        [RawType.Decimal] = @"case when regexp_full_match(n, '[+-]?(\d+(\.\d*)?|\.\d+)') then cast(try_cast(n as decimal(18, 4)) as varchar) end",
        [RawType.Int] = @"case when regexp_full_match(n, '[+-]?\d+') then cast(try_cast(n as integer) as varchar) end",
    };

    [Theory]
    [InlineData(RawType.Date, false)]
    [InlineData(RawType.Timestamp, false)]
    [InlineData(RawType.Decimal, false)]
    [InlineData(RawType.Decimal, true)]
    [InlineData(RawType.Int, false)]
    [InlineData(RawType.Int, true)]
    public void Parse_GeneratedValues_AgreeWithDuckDbCast(RawType type, bool french)
    {
        var random = new Random(20261123);
        var texts = Enumerable.Range(0, 20_000).Select(_ => Generate(type, random)).Distinct().ToList();
        var normalized = french
            ? @"replace(regexp_replace(trim(s), '[ \x{00A0}\x{202F}]', '', 'g'), ',', '.')"
            : "trim(s)";
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "create table t (i integer, s varchar)";
            create.ExecuteNonQuery();
        }
        using (var appender = connection.CreateAppender("t"))
            for (var i = 0; i < texts.Count; i++)
                appender.CreateRow().AppendValue(i).AppendValue(texts[i]).EndRow();
        using var query = connection.CreateCommand();
        query.CommandText = $"select i, {Oracle[type]} from (select i, s, {normalized} as n from t) order by i";
        using var reader = query.ExecuteReader();
        var mismatches = new List<string>();
        while (reader.Read())
        {
            var text = texts[reader.GetInt32(0)];
            var expected = reader.IsDBNull(1) ? "NULL" : reader.GetString(1);
            var actual = Show(type, ValueParser.Parse(type, text, french));
            if (expected != actual)
                mismatches.Add($"'{text}': DuckDB {expected}, parser {actual}");
        }
        Assert.True(texts.Count > 5_000, $"only {texts.Count} distinct values generated");
        Assert.Empty(mismatches.Take(20));
    }

    private static string Show(RawType type, TypedValue value) => value.IsNull ? "NULL" : type switch
    {
        RawType.Date => value.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RawType.Timestamp => value.Time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        RawType.Bool => value.Long != 0 ? "true" : "false",
        RawType.Text or RawType.Code => value.Text!,
        RawType.Decimal => ValueParser.Number(type, value).ToString("0.0000", CultureInfo.InvariantCulture),
        _ => value.Long.ToString(CultureInfo.InvariantCulture),
    };

    // Values near the forms' edges: years from 0001, months and days one past their range, hours up to 25, seconds
    // to 61, numbers with up to 20 digits, both separators, signs, spaces around and inside.
    private static string Generate(RawType type, Random random)
    {
        string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));
        string Pad(string s) => random.Next(4) switch { 0 => " " + s, 1 => s + "  ", 2 => s.Length > 3 ? s[..^1] : s, _ => s };
        string Pick(params string[] options) => options[random.Next(options.Length)];
        switch (type)
        {
            case RawType.Date:
                return Pad($"{random.Next(1, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}");
            case RawType.Timestamp:
                var time = $"{random.Next(0, 26):D2}:{random.Next(0, 61):D2}" + Pick("", $":{random.Next(0, 62):D2}", ":5");
                return Pad($"{random.Next(1, 10000):D4}-{random.Next(1, 13):D2}-{random.Next(0, 32):D2}{Pick("T", " ", "t", "_")}{time}");
            default:
                var text = new StringBuilder(Pick("", "", "-", "+", " "));
                var whole = Digits(random.Next(0, 21));
                for (var i = 0; i < whole.Length; i++)
                    text.Append(whole[i]).Append(i < whole.Length - 1 && (whole.Length - 1 - i) % 3 == 0 ? Pick("", "", " ", "\u00A0", "\u202F", ",") : "");
                if (type == RawType.Decimal || random.Next(4) == 0)
                    text.Append(Pick("", ".", ",", ".", ",")).Append(Digits(random.Next(0, 9)));
                return Pad(text.ToString());
        }
    }
}
