using System.Collections.Immutable;
using System.Globalization;
using KpiWarehouse.Dax.Parsing;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Tests.Parsing;

/// <summary>
/// Random trees (seeded) printed and parsed back must keep their shape: this pins the printer's
/// parentheses to the parser's precedence for every pair of operators, and the name quoting rules.
/// </summary>
public sealed class RandomTreeTests
{
    private static readonly TextSpan None = default;

    private static readonly string[] Names = ["Sales", "x", "_v1", "Date", "Order", "Sales Data", "O'Brien", "a]b", "Ünïcode", "2024", "T.x", "DESC"];

    [Fact]
    public void RandomTree_PrintedThenParsed_HasTheSameShape()
    {
        var random = new Random(8);
        for (var i = 0; i < 5_000; i++)
        {
            var tree = RandomExpression(random, depth: 5);
            var printed = SyntaxPrinter.Print(tree);
            var parsed = DaxParser.ParseExpression(printed);
            Assert.True(parsed.Success, $"{printed}: {string.Join("; ", parsed.Diagnostics)}");
            Assert.Equal(SyntaxDump.Write(tree), SyntaxDump.Write(parsed.Tree));
        }
    }

    private static Expression RandomExpression(Random random, int depth)
    {
        var choice = depth <= 0 ? random.Next(7) : random.Next(14);
        return choice switch
        {
            0 => random.Next(2) == 0 ? Integer(random.Next(0, 1000)) : Real(random),
            1 => new StringLiteral(random.Next(3) == 0 ? "say \"hi\"" : "a", None),
            2 => new BooleanLiteral(random.Next(2) == 0, None),
            3 => RandomColumn(random),
            4 => RandomNameReference(random),
            5 => new ParameterReference("p", None),
            6 => Integer(random.Next(0, 10)),
            7 or 8 => new BinaryExpression(
                (BinaryOperator)random.Next(Enum.GetValues<BinaryOperator>().Length),
                RandomExpression(random, depth - 1), RandomExpression(random, depth - 1), None, None),
            9 => new UnaryExpression((UnaryOperator)random.Next(3), RandomExpression(random, depth - 1), None),
            10 => RandomCall(random, depth),
            11 => new VarExpression(
                [.. Enumerable.Range(0, random.Next(1, 3)).Select(n => new VariableDeclaration("v" + n, None, RandomExpression(random, depth - 1), None))],
                RandomExpression(random, depth - 1), None),
            12 => RandomTable(random, depth),
            _ => new BinaryExpression(
                BinaryOperator.In,
                new TupleExpression([RandomExpression(random, depth - 1), RandomExpression(random, depth - 1)], None),
                RandomTable(random, depth, width: 2), None, None),
        };
    }

    private static Expression RandomCall(Random random, int depth)
    {
        var count = random.Next(0, 4);
        var arguments = Enumerable.Range(0, count)
            .Select(_ => count > 1 && random.Next(5) == 0 ? new OmittedArgument(None) : RandomExpression(random, depth - 1));
        return new FunctionCall(random.Next(2) == 0 ? "CALCULATE" : "NORM.DIST", None, [.. arguments], None);
    }

    private static TableConstructor RandomTable(Random random, int depth, int? width = null)
    {
        var columns = width ?? random.Next(1, 3);
        var rows = Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => new TableConstructorRow([.. Enumerable.Range(0, columns).Select(_ => RandomExpression(random, depth - 1))], None));
        return new TableConstructor([.. rows], None);
    }

    private static ColumnReference RandomColumn(Random random)
    {
        var table = random.Next(3) == 0 ? null : Name(random);
        var quoted = table is not null && (random.Next(2) == 0 || !SyntaxFacts.IsPlainName(table, allowKeyword: true));
        return new ColumnReference(table, quoted, Name(random), None);
    }

    private static NameReference RandomNameReference(Random random)
    {
        var name = Name(random);
        // An unquoted reference is only possible for a plain name; the parser never makes another.
        return new NameReference(name, random.Next(2) == 0 || !SyntaxFacts.IsPlainName(name), None);
    }

    private static string Name(Random random) => Names[random.Next(Names.Length)];

    private static NumberLiteral Integer(long value) =>
        new(value.ToString(CultureInfo.InvariantCulture), value, value, None);

    private static NumberLiteral Real(Random random)
    {
        var text = random.Next(1000).ToString(CultureInfo.InvariantCulture) + "." + random.Next(100).ToString(CultureInfo.InvariantCulture);
        return new NumberLiteral(text, null, double.Parse(text, CultureInfo.InvariantCulture), None);
    }
}
