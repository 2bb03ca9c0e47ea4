namespace KpiWarehouse.Dax.Syntax;

/// <summary>An entry of a query's DEFINE block. Names are unescaped.</summary>
public abstract class Definition : SyntaxNode
{
    private protected Definition(string name, TextSpan nameSpan, Expression expression, TextSpan span) : base(span)
    {
        Name = name;
        NameSpan = nameSpan;
        Expression = expression;
    }

    /// <summary>The defined name (the measure, column, table or variable).</summary>
    public string Name { get; }

    /// <summary>Where the name is.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The expression after <c>=</c>.</summary>
    public Expression Expression { get; }

    public override IEnumerable<SyntaxNode> ChildNodes() => [Expression];
}

/// <summary><c>MEASURE 'Table'[Name] = expression</c>.</summary>
public sealed class MeasureDefinition(string table, string name, TextSpan nameSpan, Expression expression, TextSpan span)
    : Definition(name, nameSpan, expression, span)
{
    /// <summary>The table the measure belongs to.</summary>
    public string Table { get; } = table;
}

/// <summary><c>COLUMN 'Table'[Name] = expression</c>: a query-scoped calculated column.</summary>
public sealed class ColumnDefinition(string table, string name, TextSpan nameSpan, Expression expression, TextSpan span)
    : Definition(name, nameSpan, expression, span)
{
    /// <summary>The table the column is added to.</summary>
    public string Table { get; } = table;
}

/// <summary><c>TABLE Name = expression</c>: a query-scoped calculated table.</summary>
public sealed class TableDefinition(string name, TextSpan nameSpan, Expression expression, TextSpan span)
    : Definition(name, nameSpan, expression, span);

/// <summary><c>VAR name = expression</c> at query level: visible to later definitions and every EVALUATE.</summary>
public sealed class VariableDefinition(string name, TextSpan nameSpan, Expression expression, TextSpan span)
    : Definition(name, nameSpan, expression, span);
