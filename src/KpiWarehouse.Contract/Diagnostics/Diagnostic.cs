namespace KpiWarehouse.Contract.Diagnostics;

/// <summary>
/// A user error as a value: a stable code (listed in docs/diagnostics.md), a one-line message and,
/// when known, where it happened (a file and line, an option). Exceptions are for bugs only.
/// </summary>
public sealed record Diagnostic(string Code, string Message, string? Location = null)
{
    /// <summary>The one line shown to a user: <c>location: CODE: message</c>.</summary>
    public override string ToString() => Location is null ? $"{Code}: {Message}" : $"{Location}: {Code}: {Message}";
}
