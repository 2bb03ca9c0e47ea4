using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Parsing;

/// <summary>
/// The entry points of the DAX parser. Errors are values: a bad text gives a failed
/// <see cref="ParseResult{T}"/> with one diagnostic naming line, column and what was expected; no input
/// makes these methods throw, hang or overflow the stack.
/// </summary>
public static class DaxParser
{
    /// <summary>
    /// How deeply constructs may nest (parentheses, calls, operands, prefix operators, VAR blocks),
    /// and the most levels a tree may have. Deeper input gives DAX0007; the limit keeps every
    /// recursive walk of a tree (printer, evaluator) far from the stack's end.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>Parses one DAX expression, such as a measure's formula (without a leading <c>=</c>).</summary>
    public static ParseResult<Expression> ParseExpression(string text) => new Parser(text).ParseStandaloneExpression();

    /// <summary>Parses a DAX query: <c>[DEFINE …] EVALUATE … [ORDER BY …] [START AT …]</c>, repeated EVALUATEs allowed.</summary>
    public static ParseResult<DaxQuery> ParseQuery(string text) => new Parser(text).ParseStandaloneQuery();
}
