using KpiWarehouse.Dax.Binding;
using KpiWarehouse.Dax.Evaluation;
using KpiWarehouse.Dax.Syntax;
using KpiWarehouse.Dax.Values;

namespace KpiWarehouse.Dax.Model;

/// <summary>
/// The type an expression has before it runs (Microsoft Learn "Data types in DAX": a calculated column's
/// type comes from its expression, so <c>IF ( c, 1.5, 1 )</c> is a decimal number even where every row gives 1,
/// and <c>IF ( c, 1, "a" )</c> is a variant even where every row gives 1). Known for literals, columns,
/// operators (worked out by the engine's own arithmetic on sample values, so the rules cannot drift),
/// IF / SWITCH / COALESCE / DIVIDE branches, variables and functions of a fixed result type; null when
/// unknown (a measure, an aggregation of mixed type), where the values decide.
/// </summary>
internal static class StaticTypes
{
    private static readonly Dictionary<string, DaxType> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["YEAR"] = DaxType.Integer, ["MONTH"] = DaxType.Integer, ["DAY"] = DaxType.Integer, ["COUNTROWS"] = DaxType.Integer,
        ["COUNT"] = DaxType.Integer, ["COUNTA"] = DaxType.Integer, ["COUNTX"] = DaxType.Integer, ["COUNTBLANK"] = DaxType.Integer,
        ["DISTINCTCOUNT"] = DaxType.Integer, ["DISTINCTCOUNTNOBLANK"] = DaxType.Integer, ["DATEDIFF"] = DaxType.Integer,
        ["INT"] = DaxType.Integer, ["DATE"] = DaxType.DateTime, ["EOMONTH"] = DaxType.DateTime, ["EDATE"] = DaxType.DateTime,
        ["ISBLANK"] = DaxType.Boolean, ["ISFILTERED"] = DaxType.Boolean, ["ISCROSSFILTERED"] = DaxType.Boolean,
        ["HASONEVALUE"] = DaxType.Boolean, ["ISINSCOPE"] = DaxType.Boolean, ["AND"] = DaxType.Boolean, ["OR"] = DaxType.Boolean,
        ["NOT"] = DaxType.Boolean, ["TRUE"] = DaxType.Boolean, ["FALSE"] = DaxType.Boolean, ["ISSELECTEDMEASURE"] = DaxType.Boolean,
        ["USERPRINCIPALNAME"] = DaxType.String, ["SELECTEDMEASURENAME"] = DaxType.String,
    };

    /// <summary>The expression's type; null when only its values can tell. Throws on a variant (branches of unrelated types).</summary>
    public static DaxType? Of(BoundExpr e, string owner) => Of(e, owner, []);

    private static DaxType? Of(BoundExpr e, string owner, Dictionary<BoundVariable, DaxType?> variables)
    {
        switch (e)
        {
            case BoundLiteral l: return l.Value.IsBlank ? null : l.Value.Type;
            case BoundColumn c: return c.Column.DataType;
            case BoundVariableRef v: return variables.GetValueOrDefault(v.Variable);
            case BoundVar v:
                foreach (var (variable, value) in v.Declarations) variables[variable] = Evaluator.IsTableExpression(value) ? null : Of(value, owner, variables);
                return Of(v.Body, owner, variables);
            case BoundUnary u:
                var operand = Of(u.Operand, owner, variables);
                return u.Operator switch
                {
                    UnaryOperator.Not => DaxType.Boolean,
                    UnaryOperator.Minus => operand is { } t && t != DaxType.String ? DaxValue.Negate(CalculatedTypes.Sample(t)).Type : null,
                    _ => operand,
                };
            case BoundBinary b:
                return b.Operator switch
                {
                    BinaryOperator.And or BinaryOperator.Or or BinaryOperator.In or BinaryOperator.Equal or BinaryOperator.StrictEqual
                        or BinaryOperator.NotEqual or BinaryOperator.LessThan or BinaryOperator.GreaterThan
                        or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThanOrEqual => DaxType.Boolean,
                    BinaryOperator.Concatenate => DaxType.String,
                    _ => Arithmetic(b.Operator, Of(b.Left, owner, variables), Of(b.Right, owner, variables)),
                };
            case BoundCall call:
                var name = call.Function.Name;
                if (Fixed.TryGetValue(name, out var fixedType)) return fixedType;
                var args = call.Arguments;
                try
                {
                    return Branches(name, args, owner, variables);
                }
                catch (DaxEvaluationError variant) when (variant.Span is null)
                {
                    throw new DaxEvaluationError(variant.Code, variant.Message) { Span = call.Span };
                }
            default: return null;
        }
    }

    private static DaxType? Branches(string name, BoundExpr[] args, string owner, Dictionary<BoundVariable, DaxType?> variables) =>
        name.ToUpperInvariant() switch
        {
            "IF" => Unify(args.Skip(1).Select(a => Of(a, owner, variables)), owner),
            "SWITCH" => Unify(args.Skip(2).Where((_, i) => i % 2 == 0).Concat(args.Length % 2 == 0 ? [args[^1]] : [])
                .Select(a => Of(a, owner, variables)), owner),
            "COALESCE" => Unify(args.Select(a => Of(a, owner, variables)), owner),
            "DIVIDE" => Unify([Arithmetic(BinaryOperator.Divide, Of(args[0], owner, variables), Of(args[1], owner, variables)),
                .. args.Skip(2).Select(a => Of(a, owner, variables))], owner),
            "SUM" or "MIN" or "MAX" or "RELATED" or "SELECTEDVALUE" when args.Length == 1 && args[0] is BoundColumn c => c.Column.DataType,
            _ => null,
        };

    private static DaxType? Arithmetic(BinaryOperator op, DaxType? left, DaxType? right)
    {
        if (left is not { } l || right is not { } r || l == DaxType.String || r == DaxType.String) return null;
        return op switch
        {
            BinaryOperator.Add => DaxValue.Add(CalculatedTypes.Sample(l), CalculatedTypes.Sample(r)).Type,
            BinaryOperator.Subtract => DaxValue.Subtract(CalculatedTypes.Sample(l), CalculatedTypes.Sample(r)).Type,
            BinaryOperator.Multiply => DaxValue.Multiply(CalculatedTypes.Sample(l), CalculatedTypes.Sample(r)).Type,
            BinaryOperator.Divide => DaxValue.Divide(CalculatedTypes.Sample(l), CalculatedTypes.Sample(r)).Type,
            BinaryOperator.Power => DaxType.Double,
            _ => null,
        };
    }

    // Branches of unknown type leave the decision to the values; known ones must agree (CalculatedTypes.Unify).
    private static DaxType? Unify(IEnumerable<DaxType?> types, string owner) =>
        CalculatedTypes.Infer(types.OfType<DaxType>().Select(CalculatedTypes.Sample), owner);
}
