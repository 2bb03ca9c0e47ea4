namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// The catalog of model-building and evaluation error codes (documented in docs/diagnostics.md,
/// section "DAX engine"). Parsing codes live in the parser's catalog.
/// </summary>
public static class EvaluationDiagnostics
{
    /// <summary>A name (table, column, measure, variable) that the model does not have.</summary>
    public const string UnknownName = "KPIW-D501";
    /// <summary>A function the engine does not implement.</summary>
    public const string UnsupportedFunction = "KPIW-D502";
    /// <summary>Wrong number or kind of arguments.</summary>
    public const string BadArguments = "KPIW-D503";
    /// <summary>A value of the wrong type (text where a number is needed, …).</summary>
    public const string TypeMismatch = "KPIW-D504";
    /// <summary>A table where a scalar is needed, a multi-row table as a value, ….</summary>
    public const string NotAScalar = "KPIW-D505";
    /// <summary>A column referenced without a row context that holds it.</summary>
    public const string NoRowContext = "KPIW-D506";
    /// <summary>Invalid model definition (duplicate name, non-unique one-side key, bad relationship).</summary>
    public const string InvalidModel = "KPIW-D507";
    /// <summary>Unknown role, or a role filter that is not a Boolean expression.</summary>
    public const string InvalidRole = "KPIW-D508";
    /// <summary>A computation error (overflow, invalid date, ERROR()).</summary>
    public const string ComputationError = "KPIW-D509";
    /// <summary>The query exceeded the engine's recursion or size limits.</summary>
    public const string LimitExceeded = "KPIW-D510";
    /// <summary>The query text could not be parsed (details in the parser's diagnostic).</summary>
    public const string SyntaxError = "KPIW-D511";
}

/// <summary>A user error of the DAX engine as a value: a stable code, a message and where it applies.</summary>
/// <param name="Code">A code of <see cref="EvaluationDiagnostics"/> or of the parser's catalog.</param>
/// <param name="Message">One line saying what is wrong.</param>
/// <param name="Location">Where (a measure name, or line:column in the query), if known.</param>
public sealed record DaxError(string Code, string Message, string? Location = null)
{
    /// <inheritdoc />
    public override string ToString() => Location is null ? $"{Code}: {Message}" : $"{Location}: {Code}: {Message}";
}

/// <summary>
/// Unwinds an evaluation on a DAX error; caught at the engine boundary (<c>DaxEngine</c>) and returned
/// as a <see cref="DaxError"/>. Internal control flow only: never escapes the public API.
/// </summary>
internal sealed class DaxEvaluationError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string? Location { get; init; }

    public DaxError ToError(string? location = null) => new(Code, Message, Location ?? location);
}
