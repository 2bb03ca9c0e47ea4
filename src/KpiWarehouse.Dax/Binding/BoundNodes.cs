using KpiWarehouse.Dax.Functions;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Binding;

/// <summary>
/// The bound tree: a syntax tree with every name resolved against the model (columns, measures,
/// tables, variables, functions). The evaluator walks only this tree.
/// </summary>
internal abstract class BoundExpr(TextSpan span)
{
    public TextSpan Span { get; } = span;
}

internal sealed class BoundLiteral(DaxValue value, TextSpan span) : BoundExpr(span)
{
    public DaxValue Value { get; } = value;
}

/// <summary>A model column: a value in a row context, or the column itself as a function argument.</summary>
internal sealed class BoundColumn(Column column, TextSpan span) : BoundExpr(span)
{
    public Column Column { get; } = column;
}

/// <summary>A column of a computed table (ADDCOLUMNS, a table variable), found by name in the row contexts.</summary>
internal sealed class BoundNamedColumn(string? table, string name, TextSpan span) : BoundExpr(span)
{
    public string? Table { get; } = table;

    public string Name { get; } = name;
}

internal sealed class BoundMeasure(Measure measure, TextSpan span) : BoundExpr(span)
{
    public Measure Measure { get; } = measure;
}

internal sealed class BoundTable(Table table, TextSpan span) : BoundExpr(span)
{
    public Table Table { get; } = table;
}

/// <summary>A variable's declaration: its identity for lookups.</summary>
internal sealed class BoundVariable(string name)
{
    public string Name { get; } = name;
}

internal sealed class BoundVariableRef(BoundVariable variable, TextSpan span) : BoundExpr(span)
{
    public BoundVariable Variable { get; } = variable;
}

internal sealed class BoundVar(IReadOnlyList<(BoundVariable Variable, BoundExpr Value)> declarations, BoundExpr body, TextSpan span)
    : BoundExpr(span)
{
    public IReadOnlyList<(BoundVariable Variable, BoundExpr Value)> Declarations { get; } = declarations;

    public BoundExpr Body { get; } = body;
}

internal sealed class BoundUnary(UnaryOperator op, BoundExpr operand, TextSpan span) : BoundExpr(span)
{
    public UnaryOperator Operator { get; } = op;

    public BoundExpr Operand { get; } = operand;
}

internal sealed class BoundBinary(BinaryOperator op, BoundExpr left, BoundExpr right, TextSpan span) : BoundExpr(span)
{
    public BinaryOperator Operator { get; } = op;

    public BoundExpr Left { get; } = left;

    public BoundExpr Right { get; } = right;
}

internal sealed class BoundCall(DaxFunction function, BoundExpr[] arguments, TextSpan span) : BoundExpr(span)
{
    public DaxFunction Function { get; } = function;

    public BoundExpr[] Arguments { get; } = arguments;
}

/// <summary><c>{ 1, 2 }</c> or <c>{ (1, "a"), (2, "b") }</c>.</summary>
internal sealed class BoundTableConstructor(BoundExpr[][] rows, TextSpan span) : BoundExpr(span)
{
    public BoundExpr[][] Rows { get; } = rows;
}

/// <summary><c>(a, b)</c> on the left of IN.</summary>
internal sealed class BoundTuple(BoundExpr[] values, TextSpan span) : BoundExpr(span)
{
    public BoundExpr[] Values { get; } = values;
}

internal sealed class BoundOmitted(TextSpan span) : BoundExpr(span);
