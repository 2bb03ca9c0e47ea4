using KpiWarehouse.Dax.Diagnostics;
using KpiWarehouse.Dax.Syntax;

namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// The catalog of model-building and evaluation error codes (documented in docs/diagnostics.md,
/// section "DAX engine"): DAX1001 onwards, after the parser's DAX0001–DAX0099.
/// </summary>
public static class EvaluationDiagnostics
{
    /// <summary>A name (table, column, measure, variable) that the model does not have.</summary>
    public const string UnknownName = "DAX1001";
    /// <summary>A function the engine does not implement.</summary>
    public const string UnsupportedFunction = "DAX1002";
    /// <summary>Wrong number or kind of arguments.</summary>
    public const string BadArguments = "DAX1003";
    /// <summary>A value of the wrong type (text where a number is needed, …).</summary>
    public const string TypeMismatch = "DAX1004";
    /// <summary>A table where a scalar is needed, a multi-row table as a value, ….</summary>
    public const string NotAScalar = "DAX1005";
    /// <summary>A column referenced without a row context that holds it.</summary>
    public const string NoRowContext = "DAX1006";
    /// <summary>Invalid model definition (duplicate name, non-unique one-side key, bad relationship).</summary>
    public const string InvalidModel = "DAX1007";
    /// <summary>Unknown role, or a role filter that is not a Boolean expression.</summary>
    public const string InvalidRole = "DAX1008";
    /// <summary>A computation error (overflow, invalid date, ERROR()).</summary>
    public const string ComputationError = "DAX1009";
    /// <summary>The query exceeded the engine's recursion or size limits.</summary>
    public const string LimitExceeded = "DAX1010";
}

/// <summary>
/// Unwinds an evaluation on a DAX error; caught at the engine boundary (<c>DaxEngine</c>) and returned
/// as a <see cref="DaxDiagnostic"/>. Internal control flow only: never escapes the public API.
/// </summary>
internal sealed class DaxEvaluationError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public TextSpan? Span { get; init; }

    public DaxDiagnostic ToDiagnostic() => new(Code, Message, Span);
}
