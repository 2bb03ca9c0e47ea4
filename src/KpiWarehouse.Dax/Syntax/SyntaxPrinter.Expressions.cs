using System.Globalization;
using System.Text;

namespace KpiWarehouse.Dax.Syntax;

public static partial class SyntaxPrinter
{
    private static void WriteExpression(StringBuilder text, Expression expression)
    {
        switch (expression)
        {
            case NumberLiteral number:
                text.Append(number.Text);
                break;
            case StringLiteral literal:
                text.Append(SyntaxFacts.QuoteString(literal.Value));
                break;
            case BooleanLiteral boolean:
                text.Append(boolean.Value ? "TRUE()" : "FALSE()");
                break;
            case ColumnReference column:
                if (column.Table is not null)
                {
                    text.Append(TableName(column.Table, column.TableIsQuoted, beforeColumn: true));
                }

                text.Append(SyntaxFacts.BracketName(column.Name));
                break;
            case NameReference name:
                text.Append(TableName(name.Name, name.IsQuoted));
                break;
            case ParameterReference parameter:
                text.Append('@').Append(parameter.Name);
                break;
            case OmittedArgument:
                break;
            case FunctionCall call:
                text.Append(call.Name).Append('(');
                WriteList(text, call.Arguments);
                text.Append(')');
                break;
            case TableConstructor table:
                text.Append("{ ");
                WriteList(text, table.Rows);
                text.Append(" }");
                break;
            case TupleExpression tuple:
                text.Append('(');
                WriteList(text, tuple.Values);
                text.Append(')');
                break;
            case VarExpression block:
                WriteVar(text, block);
                break;
            case UnaryExpression unary:
                WriteUnary(text, unary);
                break;
            case BinaryExpression binary:
                WriteBinary(text, binary);
                break;
            default:
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"No printer for {expression.GetType().Name}."),
                    nameof(expression));
        }
    }

    private static void WriteVar(StringBuilder text, VarExpression block)
    {
        foreach (var declaration in block.Variables)
        {
            text.Append("VAR ").Append(declaration.Name).Append(" = ");
            WriteExpression(text, declaration.Value);
            text.Append(' ');
        }

        text.Append("RETURN ");
        WriteExpression(text, block.Body);
    }

    private static void WriteUnary(StringBuilder text, UnaryExpression unary)
    {
        var precedence = OperatorPrecedence.Of(unary.Operator);
        var parenthesize = Precedence(unary.Operand) < precedence;
        text.Append(OperatorPrecedence.Text(unary.Operator));
        // A space keeps "- -x" from reading as the comment "--x" and "NOT x" from gluing into one name.
        if (unary.Operator == UnaryOperator.Not || (!parenthesize && unary.Operand is UnaryExpression))
        {
            text.Append(' ');
        }

        WriteOperand(text, unary.Operand, parenthesize);
    }

    private static void WriteBinary(StringBuilder text, BinaryExpression binary)
    {
        var precedence = OperatorPrecedence.Of(binary.Operator);
        WriteOperand(text, binary.Left, Precedence(binary.Left) < precedence);
        text.Append(' ').Append(OperatorPrecedence.Text(binary.Operator)).Append(' ');
        WriteOperand(text, binary.Right, Precedence(binary.Right) <= precedence);
    }
}
