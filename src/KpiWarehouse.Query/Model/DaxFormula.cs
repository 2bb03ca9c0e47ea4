using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Query.Model;

/// <summary>
/// A DAX expression of the model (a measure, a calculated column, a calculation item, an RLS filter…):
/// its text as written in the model, and either its syntax tree or the error that prevented parsing.
/// A formula that does not parse does not stop the model from loading; only what uses it fails.
/// </summary>
public sealed class DaxFormula
{
    private DaxFormula(string text, Expression? tree, DaxDiagnostic? error)
    {
        Text = text;
        Tree = tree;
        Error = error;
    }

    /// <summary>The expression text, lines joined with <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>The parsed expression, or null when <see cref="Error"/> is set.</summary>
    public Expression? Tree { get; }

    /// <summary>The parse error (line and column within <see cref="Text"/>), or null.</summary>
    public DaxDiagnostic? Error { get; }

    /// <summary>Parses <paramref name="text"/>.</summary>
    public static DaxFormula Parse(string text)
    {
        var result = DaxParser.ParseExpression(text);
        return result.Success ? new DaxFormula(text, result.Tree, null) : new DaxFormula(text, null, result.Diagnostics[0]);
    }

    public override string ToString() => Text;
}
