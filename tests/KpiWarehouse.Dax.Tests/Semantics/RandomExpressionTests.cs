using System.Text;
using KpiWarehouse.Dax.Query;

namespace KpiWarehouse.Dax.Tests.Semantics;

/// <summary>
/// Hostile input for the evaluator: random, mostly ill-typed calls of the implemented functions over
/// the test model, as values, tables and query columns (DEFINE COLUMN), must each end in a result or a
/// diagnostic — a query column's with a position — never an exception, never a hang.
/// </summary>
public sealed class RandomExpressionTests
{
    private static readonly string[] Functions =
    [
        "SUM", "SUMX", "AVERAGE", "AVERAGEX", "MIN", "MAX", "MINX", "MAXX", "COUNT", "COUNTA", "COUNTROWS", "COUNTX",
        "DISTINCTCOUNT", "DISTINCTCOUNTNOBLANK", "COUNTBLANK", "FILTER", "ALL", "ALLEXCEPT", "ALLSELECTED", "REMOVEFILTERS",
        "KEEPFILTERS", "VALUES", "DISTINCT", "RELATED", "RELATEDTABLE", "USERELATIONSHIP", "CROSSFILTER", "TREATAS", "CALCULATE",
        "CALCULATETABLE", "ADDCOLUMNS", "SELECTCOLUMNS", "SUMMARIZE", "SUMMARIZECOLUMNS", "TOPN", "CROSSJOIN", "ROW",
        "GENERATESERIES", "INTERSECT", "EXCEPT", "UNION", "SELECTEDVALUE", "HASONEVALUE", "ISFILTERED", "ISBLANK", "ISINSCOPE",
        "IF", "SWITCH", "COALESCE", "AND", "OR", "NOT", "BLANK", "TRUE", "FALSE", "DIVIDE", "ABS", "INT", "ROUND", "DATE", "YEAR",
        "MONTH", "DAY", "EOMONTH", "EDATE", "DATEDIFF", "DATEADD", "SAMEPERIODLASTYEAR", "PARALLELPERIOD", "DATESYTD", "DATESQTD",
        "DATESMTD", "TOTALYTD", "DATESBETWEEN", "DATESINPERIOD", "PREVIOUSMONTH", "PREVIOUSYEAR", "STARTOFMONTH", "ENDOFMONTH",
        "FIRSTDATE", "LASTDATE", "SELECTEDMEASURE", "SELECTEDMEASURENAME", "USERPRINCIPALNAME", "IFERROR",
    ];

    private static readonly string[] Atoms =
    [
        "1", "0", "-2", "2.5", "\"FR\"", "\"\"", "BLANK()", "TRUE()", "Sales", "Customer", "'Date'", "Sales[Amount]",
        "Sales[Order Date]", "Customer[Country]", "'Date'[Date]", "'Date'[Year]", "[Revenue]", "[Revenue PY]", "{1, 2}",
        "Sales[Customer Key]", "Customer[Customer Key]", "YEAR", "MONTH", "DESC", "\"Name\"",
    ];

    [Fact]
    public void RandomCalls_EndInResultOrDiagnostic_NeverThrow()
    {
        var random = new Random(20261123);
        var model = TestModel.Instance;
        var evaluated = 0;
        for (var i = 0; i < 600; i++)
        {
            var expression = Build(random, 3);
            foreach (var query in new[] { $"EVALUATE ROW(\"x\", {expression})", $"EVALUATE {expression}" })
            {
                var result = DaxEngine.Evaluate(model, query);
                Assert.True(result.IsSuccess || result.Error is { Code.Length: > 0, Message.Length: > 0 }, query);
                if (result.IsSuccess) evaluated++;
            }
        }
        // The generator must reach evaluation, not only binding errors, for the test to mean anything.
        Assert.True(evaluated > 100, $"only {evaluated} random queries evaluated");
    }

    [Fact]
    public void RandomQueryColumns_EndInResultOrDiagnostic_NeverThrow()
    {
        var random = new Random(20261124);
        var model = TestModel.Instance;
        var evaluated = 0;
        string[] tables = ["Sales", "Customer", "'Date'", "Product"];
        for (var i = 0; i < 200; i++)
        {
            var table = tables[random.Next(tables.Length)];
            var query = $"DEFINE COLUMN {table}[R] = {Build(random, 2)} EVALUATE SUMMARIZECOLUMNS ( {table}[R], \"n\", COUNTROWS ( {table} ) )";
            var result = DaxEngine.Evaluate(model, query);
            Assert.True(result.IsSuccess || result.Error is { Code.Length: > 0, Message.Length: > 0, Span: not null }, query);
            if (result.IsSuccess) evaluated++;
        }
        Assert.True(evaluated > 20, $"only {evaluated} random query columns evaluated");
    }

    private static string Build(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0) return Atoms[random.Next(Atoms.Length)];
        var sb = new StringBuilder(Functions[random.Next(Functions.Length)]).Append('(');
        var count = random.Next(4);
        for (var a = 0; a < count; a++)
        {
            if (a > 0) sb.Append(", ");
            sb.Append(Build(random, depth - 1));
        }
        return sb.Append(')').ToString();
    }
}
