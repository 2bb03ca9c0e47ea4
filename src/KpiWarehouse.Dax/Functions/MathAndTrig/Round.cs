using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Model;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Functions.MathAndTrig;

/// <summary>ROUND(number, digits): half away from zero; negative digits round left of the point.</summary>
internal sealed class Round : DaxFunction
{
    public override string Name => "ROUND";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override DaxValue Scalar(Evaluator ev, BoundExpr[] args, EvalContext ctx)
    {
        var v = ev.Scalar(args[0], ctx);
        var digits = (int)ev.Optional(args, 1, ctx).AsDouble();
        if (v.IsBlank) return DaxValue.FromDouble(0);
        var scale = (decimal)Math.Pow(10, Math.Abs(digits));
        if (v.Type is DaxType.Integer or DaxType.Currency)
        {
            var d = v.AsDecimal();
            var r = digits >= 0 ? decimal.Round(d, digits, MidpointRounding.AwayFromZero)
                : decimal.Round(d / scale, 0, MidpointRounding.AwayFromZero) * scale;
            return v.Type == DaxType.Currency ? DaxValue.FromCurrency(r) : DaxValue.FromInteger((long)r);
        }
        var x = v.AsDouble();
        // Through decimal, like Excel: ROUND(1.005, 2) is 1.01 although 1.005 is stored as 1.00499….
        if (Math.Abs(x) < 1e15 && digits is >= 0 and <= 15)
            return DaxValue.FromDouble((double)decimal.Round((decimal)x, digits, MidpointRounding.AwayFromZero));
        return DaxValue.FromDouble(digits >= 0 ? Math.Round(x, Math.Min(digits, 15), MidpointRounding.AwayFromZero)
            : Math.Round(x / (double)scale, MidpointRounding.AwayFromZero) * (double)scale);
    }
}
