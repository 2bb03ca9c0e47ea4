using System.Globalization;
using System.Text;

namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// Writes a tree as an indented S-expression without positions: one node per line, leaves on one line.
/// Two trees have the same shape exactly when their dumps are equal; golden test files hold dumps.
/// </summary>
public static class SyntaxDump
{
    /// <summary>The dump of <paramref name="node"/>, lines ending in <c>\n</c>.</summary>
    public static string Write(SyntaxNode node)
    {
        var text = new StringBuilder();
        Write(text, node, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, SyntaxNode node, int depth)
    {
        text.Append(' ', depth * 2).Append('(').Append(Header(node));
        var children = node.ChildNodes().ToList();
        foreach (var child in children)
        {
            text.Append('\n');
            Write(text, child, depth + 1);
        }

        text.Append(')');
        if (depth == 0)
        {
            text.Append('\n');
        }
    }

    private static string Header(SyntaxNode node) => node switch
    {
        NumberLiteral { IntegerValue: { } integer } => Invariant($"Integer {integer}"),
        NumberLiteral number => Invariant($"Real {number.Text} = {number.Value:R}"),
        StringLiteral literal => "String " + SyntaxFacts.QuoteString(literal.Value),
        BooleanLiteral boolean => boolean.Value ? "Boolean TRUE" : "Boolean FALSE",
        ColumnReference { Table: null } column => "Column " + SyntaxFacts.BracketName(column.Name),
        ColumnReference column => "Column " + Table(column.Table!, column.TableIsQuoted) + SyntaxFacts.BracketName(column.Name),
        NameReference name => "Name " + Table(name.Name, name.IsQuoted),
        ParameterReference parameter => "Parameter @" + parameter.Name,
        OmittedArgument => "Omitted",
        FunctionCall call => "Call " + call.Name,
        TableConstructor => "Table",
        TableConstructorRow => "Row",
        TupleExpression => "Tuple",
        VarExpression => "Var",
        VariableDeclaration declaration => "Declare " + declaration.Name,
        UnaryExpression unary => "Unary " + unary.Operator,
        BinaryExpression binary => "Binary " + binary.Operator,
        DaxQuery => "Query",
        MeasureDefinition measure => "Measure " + SyntaxFacts.QuoteName(measure.Table) + SyntaxFacts.BracketName(measure.Name),
        ColumnDefinition column => "DefineColumn " + SyntaxFacts.QuoteName(column.Table) + SyntaxFacts.BracketName(column.Name),
        TableDefinition table => "DefineTable " + SyntaxFacts.QuoteName(table.Name),
        VariableDefinition variable => "DefineVar " + variable.Name,
        EvaluateStatement statement => Invariant($"Evaluate orderBy={statement.OrderBy.Length} startAt={statement.StartAt.Length}"),
        OrderByItem item => "OrderBy " + item.Direction,
        _ => throw new ArgumentException($"No dump for {node.GetType().Name}.", nameof(node)),
    };

    private static string Table(string name, bool quoted) => quoted ? SyntaxFacts.QuoteName(name) : name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
