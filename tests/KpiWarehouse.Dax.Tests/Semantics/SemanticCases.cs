using System.Globalization;
using System.Text;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Tests.Semantics;

/// <summary>
/// DAX semantics as data: <c>Cases/NAME.dax</c> is a query (its first comment line may be
/// <c>// role: R user: U</c>; a leading <c>// model: NAME</c> line picks <c>Model/NAME.json</c>) run against the test model; its result must equal <c>NAME.expected.csv</c>.
/// Each case file cites, in comments, the rule and the source it pins down. Set
/// <c>KPIW_ACCEPT_GOLDEN=1</c> to rewrite the expected files from the current output.
/// </summary>
internal static class SemanticCases
{
    public static bool Accepting => Environment.GetEnvironmentVariable("KPIW_ACCEPT_GOLDEN") == "1";

    public static string Directory { get; } = KpiWarehouse.Testing.RepoRoot.Combine("tests", "KpiWarehouse.Dax.Tests", "Semantics");

    public static IEnumerable<object[]> All() =>
        System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "Cases"), "*.dax")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static string Run(string name)
    {
        var text = File.ReadAllText(Path.Combine(Directory, "Cases", name + ".dax"));
        var options = Options(text);
        var model = TestModel.Instance;
        if (ModelName(text) is { } modelName)
        {
            var built = TestModel.Named(modelName);
            if (!built.IsSuccess) return string.Concat(built.Errors.Select(e => $"MODEL ERROR {e.Code}: {e.Message}{At(e)}\n"));
            model = built.Model!;
        }
        return Render(DaxEngine.Evaluate(model, text, options));
    }

    public static string ExpectedPath(string name) => Path.Combine(Directory, "Cases", name + ".expected.csv");

    // A "// model: NAME" line among the leading comments picks Model/NAME.json instead of model.json.
    private static string? ModelName(string text) =>
        text.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => l.StartsWith("// model:", StringComparison.Ordinal)).Select(l => l["// model:".Length..].Trim()).FirstOrDefault();

    private static string At(KpiWarehouse.Dax.Diagnostics.DaxDiagnostic d) => d.Span is { } s ? $" (line {s.Line}, column {s.Column})" : "";

    private static EvaluateOptions Options(string text)
    {
        var first = text.Split('\n')[0];
        if (!first.StartsWith("// role:", StringComparison.Ordinal)) return EvaluateOptions.Default;
        var parts = first["// role:".Length..].Split("user:");
        return new EvaluateOptions(parts.Length > 1 ? parts[1].Trim() : null, parts[0].Trim());
    }

    /// <summary>CSV per EVALUATE (blank line between): BLANK is an empty cell, text is quoted, numbers are typed.</summary>
    public static string Render(QueryResult result)
    {
        if (!result.IsSuccess) return $"ERROR {result.Error!.Code}: {result.Error.Message}{At(result.Error)}\n";
        var sb = new StringBuilder();
        foreach (var table in result.Tables)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.AppendJoin(',', table.Columns.Select(c => c.Name)).Append('\n');
            foreach (var row in table.Rows) sb.AppendJoin(',', row.Select(Cell)).Append('\n');
        }
        return sb.ToString();
    }

    // The type is part of the expectation: 3 (Integer), 3.0000m (Currency), 3.5d (Double).
    private static string Cell(DaxValue v) => v.Type switch
    {
        DaxType.Blank => "",
        DaxType.String => "\"" + v.StringValue + "\"",
        DaxType.Boolean => v.BooleanValue ? "TRUE" : "FALSE",
        DaxType.Integer => v.IntegerValue.ToString(CultureInfo.InvariantCulture),
        DaxType.Currency => v.AsDecimal().ToString("0.0000", CultureInfo.InvariantCulture) + "m",
        DaxType.Double => DaxValue.FormatDouble(v.DoubleBits) + "d",
        _ => v.AsText(),
    };
}
