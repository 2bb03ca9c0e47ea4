using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

/// <summary>
/// The parser cases as data: <c>cases/expressions/NAME.dax</c> is parsed as an expression,
/// <c>cases/queries/NAME.dax</c> as a query, and the outcome must equal <c>NAME.expected</c> beside it
/// (the canonical print and the tree dump, or the one diagnostic). Set <c>KPIW_ACCEPT_GOLDEN=1</c>
/// to rewrite the expected files from the current output instead of comparing.
/// </summary>
internal static class GoldenCases
{
    public const string AcceptVariable = "KPIW_ACCEPT_GOLDEN";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>The source folder of the cases (found from the test binary upwards, so accepting writes to the repository).</summary>
    public static string Directory { get; } = KpiWarehouse.Testing.RepoRoot.Combine("tests", "KpiWarehouse.Dax.Tests", "Parsing", "cases");

    /// <summary>Every case as "expressions/name" or "queries/name".</summary>
    public static IEnumerable<object[]> All() =>
        new[] { "expressions", "queries" }
            .SelectMany(kind => System.IO.Directory.EnumerateFiles(Path.Combine(Directory, kind), "*.dax")
                .Select(file => kind + "/" + Path.GetFileNameWithoutExtension(file)))
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name });

    public static string InputPath(string name) => Path.Combine(Directory, name + ".dax");

    public static string ExpectedPath(string name) => Path.Combine(Directory, name + ".expected");

    /// <summary>What a case's expected file must hold for <paramref name="text"/>.</summary>
    public static string Render(string name, string text) =>
        name.StartsWith("queries/", StringComparison.Ordinal)
            ? Render(DaxParser.ParseQuery(text))
            : Render(DaxParser.ParseExpression(text));

    public static string Render<T>(ParseResult<T> result)
        where T : SyntaxNode
    {
        if (!result.Success)
        {
            return "-- diagnostic\n" + string.Join("\n", result.Diagnostics) + "\n";
        }

        var printed = SyntaxPrinter.Print(result.Tree).TrimEnd('\n');
        return "-- printed\n" + printed + "\n-- tree\n" + SyntaxDump.Write(result.Tree);
    }
}
