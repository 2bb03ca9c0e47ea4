using System.Text.RegularExpressions;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Etl.Validation;

namespace KpiWarehouse.Etl.Tests;

/// <summary>The hand-written staging files type exactly the contract's columns, each with its type's macro.</summary>
public sealed partial class StagingSqlTests
{
    public static TheoryData<string> Entities() => new(RawSchema.Entities.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Entities))]
    public void StagingFile_MatchesRawSchema_ColumnForColumn(string name)
    {
        var entity = RawSchema.Find(name)!;
        var sql = Sql.File($"staging/stg_{name}.sql");
        var typed = ColumnLine().Matches(sql).Select(m => (Macro: m.Groups[1].Value, Source: m.Groups[2].Value, Alias: m.Groups[3].Value)).ToList();
        Assert.Equal(entity.Columns.Select(c => (RowRules.Parser(c.Type), c.Name, c.Name)), typed);
        Assert.Contains($"from raw_{name}", sql);
    }

    [GeneratedRegex(@"^\s*(parse_\w+)\((\w+)\)\s+as\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex ColumnLine();
}
