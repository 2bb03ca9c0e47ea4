using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>One row context: a table being iterated and the current row (mutated by the iterator).</summary>
internal sealed class RowFrame(DaxTable table, RowFrame? outer)
{
    public DaxTable Table { get; } = table;

    public int Row { get; set; }

    public RowFrame? Outer { get; } = outer;
}

/// <summary>A variable's value: a scalar or a table.</summary>
internal sealed class VarFrame(BoundVariable variable, DaxValue scalar, DaxTable? table, VarFrame? outer)
{
    public BoundVariable Variable { get; } = variable;

    public DaxValue Scalar { get; } = scalar;

    public DaxTable? Table { get; } = table;

    public VarFrame? Outer { get; } = outer;
}

/// <summary>
/// Everything an expression is evaluated in: the filter context, the row contexts, the variables
/// in scope, the shadow filter context ALLSELECTED restores (<see cref="Selected"/>), the grouping columns in scope (ISINSCOPE) and the
/// calculation-group state. Immutable except for the current row of each frame.
/// </summary>
internal sealed record EvalContext(
    FilterContext Filter,
    RowFrame? Rows,
    VarFrame? Vars,
    FilterContext Selected,
    IReadOnlyCollection<Column> Scope,
    CalcState Calc,
    int Depth)
{
    public EvalContext WithFilter(FilterContext filter) => this with { Filter = filter };

    public EvalContext Push(DaxTable table, out RowFrame frame)
    {
        frame = new RowFrame(table, Rows);
        return this with { Rows = frame };
    }
}

/// <summary>The measure SELECTEDMEASURE() stands for and the calculation groups already applied.</summary>
internal sealed record CalcState(Measure? Selected, IReadOnlyCollection<CalculationGroup> Applied)
{
    public static readonly CalcState None = new(null, []);
}
