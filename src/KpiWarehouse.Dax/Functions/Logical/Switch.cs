using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.Logical;

/// <summary>SWITCH(expression, value, result, …, [else]): the result of the first value equal (=) to the expression.</summary>
internal sealed class Switch : DaxFunction
{
    public override string Name => "SWITCH";
    public override int MinArguments => 3;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var value = ev.Scalar(args[0], ctx);
        var i = 1;
        for (; i + 1 < args.Length; i += 2)
            if (DaxValue.Compare(value, ev.Scalar(args[i], ctx)) == 0) return ev.Scalar(args[i + 1], ctx);
        return i < args.Length ? ev.Scalar(args[i], ctx) : DaxValue.Blank;
    }
}
