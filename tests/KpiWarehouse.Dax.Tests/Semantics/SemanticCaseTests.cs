namespace KpiWarehouse.Dax.Tests.Semantics;

public sealed class SemanticCaseTests
{
    public static IEnumerable<object[]> Cases() => SemanticCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_MatchesExpectedTable(string name)
    {
        var actual = SemanticCases.Run(name);
        var path = SemanticCases.ExpectedPath(name);
        if (SemanticCases.Accepting)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing; run with KPIW_ACCEPT_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
