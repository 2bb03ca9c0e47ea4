using System.Text;

namespace KpiWarehouse.Dax.Syntax;

/// <summary>
/// Prints a tree as canonical DAX: expressions on one line with single spaces around binary operators,
/// parentheses exactly where precedence needs them, keywords in upper case, names quoted where needed
/// (or where the source quoted them); a query puts each clause keyword on its own line and indents its
/// content by four spaces. Parsing the output gives a tree of the same shape (see <see cref="SyntaxDump"/>).
/// </summary>
public static partial class SyntaxPrinter
{
    private const int VarPrecedence = 0;

    /// <summary>The canonical DAX text of <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, SyntaxNode node)
    {
        switch (node)
        {
            case Expression expression:
                WriteExpression(text, expression);
                break;
            case DaxQuery query:
                WriteQuery(text, query);
                break;
            case Definition definition:
                WriteDefinition(text, definition);
                break;
            case EvaluateStatement statement:
                WriteEvaluate(text, statement);
                break;
            case OrderByItem item:
                WriteOrderBy(text, item);
                break;
            case VariableDeclaration declaration:
                text.Append("VAR ").Append(declaration.Name).Append(" = ");
                WriteExpression(text, declaration.Value);
                break;
            case TableConstructorRow row:
                WriteRow(text, row);
                break;
            default:
                throw new ArgumentException($"No printer for {node.GetType().Name}.", nameof(node));
        }
    }

    private static void WriteQuery(StringBuilder text, DaxQuery query)
    {
        if (query.Definitions.Length > 0)
        {
            text.Append("DEFINE\n");
            foreach (var definition in query.Definitions)
            {
                text.Append("    ");
                WriteDefinition(text, definition);
                text.Append('\n');
            }
        }

        for (var i = 0; i < query.Statements.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            WriteEvaluate(text, query.Statements[i]);
        }
    }

    private static void WriteDefinition(StringBuilder text, Definition definition)
    {
        switch (definition)
        {
            case MeasureDefinition measure:
                text.Append("MEASURE ").Append(SyntaxFacts.QuoteName(measure.Table)).Append(SyntaxFacts.BracketName(measure.Name));
                break;
            case ColumnDefinition column:
                text.Append("COLUMN ").Append(SyntaxFacts.QuoteName(column.Table)).Append(SyntaxFacts.BracketName(column.Name));
                break;
            case TableDefinition table:
                text.Append("TABLE ").Append(TableName(table.Name, quoted: false));
                break;
            case VariableDefinition variable:
                text.Append("VAR ").Append(variable.Name);
                break;
            default:
                throw new ArgumentException($"No printer for {definition.GetType().Name}.", nameof(definition));
        }

        text.Append(" = ");
        WriteExpression(text, definition.Expression);
    }

    private static void WriteEvaluate(StringBuilder text, EvaluateStatement statement)
    {
        text.Append("EVALUATE\n    ");
        WriteExpression(text, statement.Table);
        text.Append('\n');
        if (statement.OrderBy.Length > 0)
        {
            text.Append("ORDER BY\n    ");
            WriteList(text, statement.OrderBy);
            text.Append('\n');
        }

        if (statement.StartAt.Length > 0)
        {
            text.Append("START AT\n    ");
            WriteList(text, statement.StartAt);
            text.Append('\n');
        }
    }

    private static void WriteOrderBy(StringBuilder text, OrderByItem item)
    {
        WriteExpression(text, item.Expression);
        if (item.Direction == SortDirection.Descending)
        {
            text.Append(" DESC");
        }
    }

    private static void WriteList<T>(StringBuilder text, IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, items[i]);
        }
    }

    private static void WriteRow(StringBuilder text, TableConstructorRow row)
    {
        if (row.Values.Length == 1)
        {
            WriteExpression(text, row.Values[0]);
            return;
        }

        text.Append('(');
        WriteList(text, row.Values);
        text.Append(')');
    }

    private static string TableName(string name, bool quoted, bool beforeColumn = false) =>
        quoted || !SyntaxFacts.IsPlainName(name, allowKeyword: beforeColumn) ? SyntaxFacts.QuoteName(name) : name;

    private static int Precedence(Expression expression) => expression switch
    {
        BinaryExpression binary => OperatorPrecedence.Of(binary.Operator),
        UnaryExpression unary => OperatorPrecedence.Of(unary.Operator),
        VarExpression => VarPrecedence,
        _ => OperatorPrecedence.Primary,
    };

    private static void WriteOperand(StringBuilder text, Expression operand, bool parenthesize)
    {
        if (parenthesize)
        {
            text.Append('(');
        }

        WriteExpression(text, operand);
        if (parenthesize)
        {
            text.Append(')');
        }
    }
}
